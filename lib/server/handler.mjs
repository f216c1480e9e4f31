// @ts-check
import { normalizeForwarding } from './forwarded.mjs'

/**
 * What every layer of the server is: Next's request handler, or a wrapper around one.
 * @typedef {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void> | void} Handler
 */

/**
 * Runs `handler` with the client address settled first, so the app (rate limits, logs) sees the
 * socket's address or the one our trusted proxies vouch for, never one the client wrote.
 * @param {Handler} handler
 * @param {{ trustProxy: number }} options
 * @returns {Handler}
 */
export function withClientAddress(handler, { trustProxy }) {
  return (request, response) => {
    normalizeForwarding(request, trustProxy)
    return handler(request, response)
  }
}
