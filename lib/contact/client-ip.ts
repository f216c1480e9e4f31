import 'server-only'

/**
 * The client address for rate limiting. Behind `TRUST_PROXY=n` proxies, the n-th address from the
 * right of `X-Forwarded-For` (what the nearest trusted proxy saw); otherwise the address Next
 * recorded for the connection.
 */
export function clientIpFrom(
  headers: Headers,
  trustProxy = Number(process.env.TRUST_PROXY ?? 0),
): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (trustProxy > 0) return chain[Math.max(0, chain.length - trustProxy)] ?? 'unknown'
  return chain.at(-1) ?? 'unknown'
}
