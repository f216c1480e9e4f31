// @ts-check
import { createHash } from 'node:crypto'

import { compressBody, MIN_COMPRESS_BYTES } from './compression.mjs'
import { appendVary } from './response-parts.mjs'

/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./compression.mjs').Encoding} Encoding */

/**
 * Sends a whole body (an HTML page, or an immutable asset) with the policy `policyOf` derives from
 * it, compressed when the client accepts it; policy and encodings are cached by the body's digest
 * unless the response may not be stored, so an unchanged body is never hashed or encoded twice.
 * @param {Response} res
 * @param {Buffer} body
 * @param {{ encoding: Encoding | undefined, head: boolean, policyOf: (body: Buffer) => string,
 *   cache: import('./page-cache.mjs').PageCache }} context
 * @param {(data?: unknown) => unknown} end
 */
export async function sendBuffered(res, body, { encoding, head, policyOf, cache }, end) {
  const storable = !/no-store|private/i.test(String(res.getHeader('cache-control') ?? ''))
  const key = createHash('sha256').update(body).digest('base64')
  let page = storable ? cache.get(key) : undefined
  if (!page) {
    page = { policy: policyOf(body), encoded: new Map() }
    if (storable) cache.set(key, page)
  }
  res.setHeader('content-security-policy', page.policy)
  let payload = body
  if (encoding && body.length >= MIN_COMPRESS_BYTES) {
    let compressed = page.encoded.get(encoding)
    if (!compressed) {
      // The first request gets a fast encoding (brotli 5: ~12 ms for an article); a cached page
      // is then re-encoded at brotli 11 (~0.7 s, 12% smaller) in the background for later ones.
      compressed = compressBody(body, encoding, { quality: 5 })
      page.encoded.set(encoding, compressed)
      if (storable) upgradeEncoding(page, key, body, encoding, cache)
    }
    payload = await compressed
    res.setHeader('content-encoding', encoding)
  }
  appendVary(res)
  res.setHeader('content-length', payload.length)
  end(head ? undefined : payload)
}

/**
 * @param {import('./page-cache.mjs').CachedPage} page
 * @param {string} key
 * @param {Buffer} body
 * @param {Encoding} encoding
 * @param {import('./page-cache.mjs').PageCache} cache
 */
function upgradeEncoding(page, key, body, encoding, cache) {
  compressBody(body, encoding, { quality: 11 }).then(
    (smaller) => {
      page.encoded.set(encoding, Promise.resolve(smaller))
      cache.account(key, smaller.length)
    },
    () => {},
  )
}
