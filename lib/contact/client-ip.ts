import 'server-only'

/**
 * The client address for rate limiting. `npm start` (server.mjs) replaces X-Forwarded-For with
 * exactly one address, taken from the socket or from the proxies TRUST_PROXY counts, before Next
 * runs; so the header's last entry is that address. Under `next dev` Next itself fills the header
 * from the socket when the client sent none, and a client-sent one is taken as is: fine for a
 * developer's machine, and why production must run through server.mjs.
 */
export function clientIpFrom(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return chain.at(-1) ?? 'unknown'
}
