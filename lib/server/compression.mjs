// @ts-check
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/** @typedef {'br' | 'gzip'} Encoding */

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)
const COMPRESSIBLE =
  /^(?:text\/|image\/svg\+xml|application\/(?:json|javascript|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json))/i
// Below this, the encoding's framing costs about what it saves.
export const MIN_COMPRESS_BYTES = 1024

/**
 * The encoding to send for an Accept-Encoding header: brotli, then gzip, never one given q=0.
 * @param {string | undefined} header
 * @returns {Encoding | undefined}
 */
export function preferredEncoding(header) {
  if (!header) return undefined
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    weights.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const weight = (/** @type {string} */ name) => weights.get(name) ?? weights.get('*') ?? 0
  if (weight('br') > 0) return 'br'
  if (weight('gzip') > 0) return 'gzip'
  return undefined
}

/** @param {string} contentType */
export function isCompressible(contentType) {
  return COMPRESSIBLE.test(contentType)
}

/**
 * A whole body, compressed on libuv's thread pool so the event loop keeps serving. The caller picks
 * the brotli quality: fast for a first response, 11 for the copy a cached page keeps.
 * @param {Buffer} body
 * @param {Encoding} encoding
 * @param {{ quality?: number }} [options]
 * @returns {Promise<Buffer>}
 */
export function compressBody(body, encoding, { quality = 11 } = {}) {
  if (encoding === 'gzip') return gzip(body, { level: 9 })
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  })
}

/**
 * A streaming compressor for responses we do not buffer (scripts, RSC payloads, feeds). Fast
 * settings, since it runs on every request.
 * @param {Encoding} encoding
 * @returns {zlib.BrotliCompress | zlib.Gzip}
 */
export function createCompressor(encoding) {
  if (encoding === 'gzip') return zlib.createGzip({ level: 6 })
  return zlib.createBrotliCompress({
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
  })
}
