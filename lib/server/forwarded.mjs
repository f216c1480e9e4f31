// @ts-check
import { isIP } from 'node:net'

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

// Headers a client could set to claim another address or origin. Only X-Forwarded-For reaches
// the app, rewritten; these go, so nothing downstream can read a claim nobody vouched for.
const ADDRESS_CLAIMS = ['x-real-ip', 'forwarded']
const PROXY_CLAIMS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']

/**
 * `TRUST_PROXY` as a hop count: a non-negative integer, 0 when unset. Anything else is a
 * configuration mistake that would silently trust or ignore every proxy, so it throws.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustProxy(value) {
  if (value === undefined || value.trim() === '') return 0
  if (!/^\d+$/.test(value.trim())) {
    throw new Error(`TRUST_PROXY must be a number of proxies (0, 1, 2…), not "${value}"`)
  }
  return Number(value)
}

/**
 * One address as the app stores it: trimmed, lowercased, `::ffff:1.2.3.4` as `1.2.3.4`.
 * @param {string} address
 * @returns {string}
 */
export function normalizeAddress(address) {
  const trimmed = address.trim().toLowerCase()
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

/**
 * The client's address. The connection's peer and the rightmost `trustProxy - 1` entries of
 * X-Forwarded-For are our own proxies; the client is the hop just before them. With no trusted
 * proxy that is the socket itself and the header is ignored, so a client can't pick its address.
 * A chain shorter than expected (a request that bypassed a proxy) yields its leftmost entry.
 * @param {{ forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustProxy: number }} hops
 * @returns {string}
 */
export function clientAddress({ forwardedFor, socketAddress, trustProxy }) {
  const listed = trustProxy > 0 ? [forwardedFor ?? []].flat().join(',').split(',') : []
  const chain = [...listed, socketAddress ?? ''].map(normalizeAddress).filter(Boolean)
  return chain[Math.max(0, chain.length - 1 - trustProxy)] ?? 'unknown'
}

/**
 * Rewrites the request's forwarding headers before Next reads them: X-Forwarded-For becomes
 * exactly the client address (one entry), the other address claims are removed, and without a
 * trusted proxy the client's own host and protocol claims go too (Next fills them in from the
 * connection).
 * @param {IncomingMessage} request
 * @param {number} trustProxy
 */
export function normalizeForwarding(request, trustProxy) {
  const headers = request.headers
  headers['x-forwarded-for'] = clientAddress({
    forwardedFor: headers['x-forwarded-for'],
    socketAddress: request.socket.remoteAddress,
    trustProxy,
  })
  for (const name of trustProxy > 0 ? ADDRESS_CLAIMS : [...ADDRESS_CLAIMS, ...PROXY_CLAIMS]) {
    delete headers[name]
  }
}
