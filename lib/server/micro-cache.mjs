// @ts-check
import { preferredEncoding } from './compression.mjs'
import { headerValue } from './response-parts.mjs'

/**
 * Request headers that make Next answer with something other than the page's HTML (RSC payloads
 * for client navigation, server actions, ranges) or ask a question only Next can answer
 * (conditional requests): such requests always go to Next.
 */
const NOT_THE_PAGE = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'range',
  'if-none-match',
  'if-modified-since',
]
// What Next's Vary names: all of it is in the key, or keeps the request out of the cache above.
const KNOWN_VARY =
  /^(?:rsc|next-router-state-tree|next-router-prefetch|next-router-segment-prefetch|accept-encoding)$/i
// Per-connection or per-moment headers Node writes itself.
const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])
const DRAFT_COOKIE = /(?:^|;\s*)__prerender_bypass=/

/**
 * @typedef {object} Entry
 * @property {number} expires
 * @property {number} status
 * @property {[string, number | string | string[]][]} headers
 * @property {Buffer} body
 */

/**
 * Serves a page from memory for `ttlMs` after Next last answered it, when Next marked it public
 * and shared-cacheable (`s-maxage`, or `public` with `max-age`): the one-second "microcache" a
 * caching proxy would keep, in the process. Under load nearly every read of a page is a copy of
 * one Next rendered within the last second, so the page costs a Map lookup instead of Next's
 * routing and the CSP layer's work; a page is never older than Next's own answer plus `ttlMs`.
 *
 * Never cached: anything but GET/HEAD, draft-mode requests (the preview cookie), RSC and router
 * requests, conditional and range requests, responses with Set-Cookie, `private`/`no-store`/
 * `no-cache`, an unknown Vary, a status other than 200, or STALE copies Next is regenerating.
 * Cached bytes are those the inner layers sent (CSP, compression included), keyed by URL and the
 * encoding the client accepts.
 * @param {import('./handler.mjs').Handler} handler
 * @param {{ ttlMs: number, maxBytes?: number, now?: () => number }} options
 * @returns {import('./handler.mjs').Handler}
 */
export function withMicroCache(handler, { ttlMs, maxBytes = 32 * 1024 * 1024, now = Date.now }) {
  if (!(ttlMs > 0)) return handler
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  let bytes = 0

  /** @param {string} key @param {Entry} entry */
  function store(key, entry) {
    remove(key)
    entries.set(key, entry)
    bytes += entry.body.length
    // Oldest first: Map keeps insertion order, and a stored entry is re-inserted.
    for (const [oldKey] of entries) {
      if (bytes <= maxBytes) break
      remove(oldKey)
    }
  }
  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.body.length
  }

  return (request, response) => {
    const key = cacheKey(request)
    if (!key) return handler(request, response)
    const entry = entries.get(key)
    if (entry && entry.expires > now()) return send(response, entry, request.method === 'HEAD')
    if (entry) remove(key)
    if (request.method === 'GET') {
      capture(response, (captured) => store(key, { ...captured, expires: now() + ttlMs }))
    }
    return handler(request, response)
  }
}

/**
 * The cache key for a request that may be answered from memory, else undefined.
 * @param {import('node:http').IncomingMessage} request
 */
function cacheKey(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  const headers = request.headers
  if (NOT_THE_PAGE.some((name) => headers[name] !== undefined)) return undefined
  if (DRAFT_COOKIE.test(String(headers.cookie ?? ''))) return undefined
  const encoding = preferredEncoding(headerValue(headers['accept-encoding']))
  return `${encoding ?? 'identity'} ${headers.host ?? ''} ${request.url ?? ''}`
}

/**
 * Whether a finished response may be kept and given to other clients.
 * @param {import('node:http').ServerResponse} response
 */
function shareable(response) {
  if (response.statusCode !== 200 || response.hasHeader('set-cookie')) return false
  const cacheControl = String(response.getHeader('cache-control') ?? '').toLowerCase()
  if (/\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return false
  if (!/\bs-maxage=[1-9]/.test(cacheControl) && !/\bpublic\b.*\bmax-age=[1-9]/.test(cacheControl))
    return false
  if (String(response.getHeader('x-nextjs-cache') ?? '').toUpperCase() === 'STALE') return false
  const vary = String(response.getHeader('vary') ?? '')
  return vary
    .split(',')
    .map((name) => name.trim())
    .every((name) => name === '' || KNOWN_VARY.test(name))
}

/**
 * Keeps the body of a response that the inner layers send whole, in one `end(body)` with the
 * headers not yet written (the CSP layer sends every HTML page so). Streamed responses are not
 * kept: a `write` or an early `writeHead` flush rules the response out.
 * @param {import('node:http').ServerResponse} response
 * @param {(entry: Omit<Entry, 'expires'>) => void} keep
 */
function capture(response, keep) {
  const originalWrite = response.write
  const originalEnd = response.end
  let streamed = false
  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any[]} */ ...args) {
      streamed = true
      return Reflect.apply(originalWrite, response, args)
    }
  )
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any[]} */ ...args) {
      const [body] = args
      if (!streamed && !response.headersSent && Buffer.isBuffer(body) && shareable(response)) {
        keep({
          status: response.statusCode,
          headers: Object.entries(response.getHeaders())
            .filter(([name, value]) => value !== undefined && !NOT_STORED.has(name))
            .map(([name, value]) => [name, /** @type {number | string | string[]} */ (value)]),
          body,
        })
      }
      return Reflect.apply(originalEnd, response, args)
    }
  )
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {Entry} entry
 * @param {boolean} head
 */
function send(response, entry, head) {
  response.statusCode = entry.status
  for (const [name, value] of entry.headers) response.setHeader(name, value)
  response.end(head ? undefined : entry.body)
}
