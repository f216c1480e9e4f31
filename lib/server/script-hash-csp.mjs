// @ts-check
import { createHash } from 'node:crypto'

import {
  compressBody,
  createCompressor,
  isCompressible,
  MIN_COMPRESS_BYTES,
  preferredEncoding,
} from './compression.mjs'
import { contentSecurityPolicy } from './content-security-policy.mjs'
import { inlineScriptHashes } from './inline-script-hashes.mjs'
import { createPageCache } from './page-cache.mjs'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(req: Request, res: Response) => unknown} Handler */
/** @typedef {import('./compression.mjs').Encoding} Encoding */

/**
 * Wraps a request handler (Next's getRequestHandler()) so every HTML response carries a
 * Content-Security-Policy whose script-src allows exactly the inline scripts of the body it sends:
 * pages stay prerendered (no nonce), and a page that ISR regenerates gets the hashes of its new
 * body. Every other response gets the same policy without hashes, replacing the permissive one
 * that next.config.ts headers() set, so exactly one policy is sent.
 *
 * HTML is buffered to be hashed, so the wrapper also compresses: it hides Accept-Encoding from the
 * handler (Next's own compression would otherwise hand it gzip bytes) and encodes bodies itself.
 * @param {Handler} handler
 * @param {{ production: boolean, cache?: import('./page-cache.mjs').PageCache }} options
 * @returns {(req: Request, res: Response) => Promise<void>}
 */
export function withScriptHashCsp(handler, { production, cache = createPageCache() }) {
  const basePolicy = contentSecurityPolicy({ production })
  return async (req, res) => {
    const encoding = preferredEncoding(headerValue(req.headers['accept-encoding']))
    delete req.headers['accept-encoding']
    // A HEAD response must carry the policy the GET would: render the body, then drop it.
    const head = req.method === 'HEAD'
    if (head) req.method = 'GET'
    interceptResponse(res, { encoding, head, production, basePolicy, cache })
    await handler(req, res)
  }
}

/**
 * @param {Response} res
 * @param {{ encoding: Encoding | undefined, head: boolean, production: boolean, basePolicy: string,
 *   cache: import('./page-cache.mjs').PageCache }} context
 */
function interceptResponse(res, context) {
  const original = {
    writeHead: res.writeHead.bind(res),
    write: res.write.bind(res),
    end: res.end.bind(res),
    flushHeaders: res.flushHeaders.bind(res),
  }
  /** @type {undefined | 'buffer' | 'pass'} */
  let mode
  /** @type {Buffer[]} */
  const chunks = []
  /** @type {import('node:zlib').Gzip | import('node:zlib').BrotliCompress | undefined} */
  let compressor

  function decide() {
    if (mode) return
    const type = String(res.getHeader('content-type') ?? '')
    if (res.statusCode === 304) {
      // The browser keeps the policy stored with the body this 304 revalidates; a policy here would
      // replace it with one computed without that body.
      res.removeHeader('content-security-policy')
    } else if (/^text\/html\b/i.test(type) && !bodiless(res.statusCode)) {
      mode = 'buffer'
      return
    } else {
      res.setHeader('content-security-policy', context.basePolicy)
      compressor = startCompression(res, context, type, original)
    }
    mode = 'pass'
  }

  /** @type {(...args: any[]) => Response} */
  const writeHead = (statusCode, ...rest) => {
    res.statusCode = statusCode
    const [first, second] = rest
    if (typeof first === 'string') res.statusMessage = first
    applyHeaders(res, typeof first === 'string' ? second : first)
    decide()
    if (mode === 'pass') original.writeHead(res.statusCode)
    return res
  }
  /** @type {(...args: any[]) => boolean} */
  const write = (chunk, encoding, callback) => {
    decide()
    const done = typeof encoding === 'function' ? encoding : callback
    if (mode === 'buffer' || context.head) {
      if (mode === 'buffer') chunks.push(toBuffer(chunk, encoding))
      if (done) process.nextTick(done)
      return true
    }
    if (compressor) {
      compressor.write(toBuffer(chunk, encoding), done)
      return true
    }
    return original.write(chunk, encoding, callback)
  }
  /** @type {(...args: any[]) => Response} */
  const end = (chunk, encoding, callback) => {
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function')
    const data = typeof chunk === 'function' ? undefined : chunk
    decide()
    if (mode === 'buffer') {
      if (data != null) chunks.push(toBuffer(data, encoding))
      // Node writes the head through res.writeHead, so the page goes out through the originals.
      const release = () => {
        res.writeHead = original.writeHead
        return original.end
      }
      sendPage(res, Buffer.concat(chunks), context, (data) => release()(data)).then(done, (error) =>
        res.destroy(error),
      )
    } else if (compressor) {
      if (data != null && !context.head) compressor.write(toBuffer(data, encoding))
      compressor.end()
      if (done) res.once('finish', done)
    } else if (context.head) {
      original.end(done)
    } else {
      original.end(data, typeof encoding === 'function' ? undefined : encoding, done)
    }
    return res
  }
  res.writeHead = /** @type {Response['writeHead']} */ (writeHead)
  res.write = /** @type {Response['write']} */ (write)
  res.end = /** @type {Response['end']} */ (end)
  res.flushHeaders = () => {
    decide()
    if (mode === 'pass') original.flushHeaders()
  }
  // Next flushes each streamed chunk through `res.flush` when a compressor provides one.
  Object.defineProperty(res, 'flush', {
    configurable: true,
    writable: true,
    value: () => compressor?.flush(),
  })
}

/**
 * Sends a buffered HTML body with the policy for its inline scripts, compressed when the client
 * accepts it; both are cached by the body's digest unless the response may not be stored.
 * @param {Response} res
 * @param {Buffer} body
 * @param {{ encoding: Encoding | undefined, head: boolean, production: boolean,
 *   cache: import('./page-cache.mjs').PageCache }} context
 * @param {(data?: unknown) => unknown} end
 */
async function sendPage(res, body, { encoding, head, production, cache }, end) {
  const storable = !/no-store|private/i.test(String(res.getHeader('cache-control') ?? ''))
  const key = createHash('sha256').update(body).digest('base64')
  let page = storable ? cache.get(key) : undefined
  if (!page) {
    const scriptHashes = inlineScriptHashes(body.toString('utf8'))
    page = { policy: contentSecurityPolicy({ scriptHashes, production }), encoded: new Map() }
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

/**
 * @param {Response} res
 * @param {{ encoding: Encoding | undefined, head: boolean }} context
 * @param {string} type
 * @param {{ write: Response['write'], end: Response['end'] }} original
 */
function startCompression(res, { encoding, head }, type, original) {
  if (!isCompressible(type)) return undefined
  appendVary(res)
  const length = Number(res.getHeader('content-length') ?? Infinity)
  const alreadyEncoded = res.hasHeader('content-encoding')
  if (
    !encoding ||
    head ||
    alreadyEncoded ||
    bodiless(res.statusCode) ||
    length < MIN_COMPRESS_BYTES
  )
    return undefined
  res.setHeader('content-encoding', encoding)
  res.removeHeader('content-length')
  const compressor = createCompressor(encoding)
  compressor.on('data', (chunk) => original.write(chunk))
  compressor.on('end', () => original.end())
  compressor.on('error', (error) => res.destroy(error))
  return compressor
}

/** @param {number} status */
function bodiless(status) {
  return status === 204 || status === 304 || (status >= 100 && status < 200)
}

/** @param {Response} res */
function appendVary(res) {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary)) {
    res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  }
}

/**
 * writeHead's headers argument: an object, a flat [name, value, …] list, or [name, value] pairs.
 * @param {Response} res
 * @param {unknown} headers
 */
function applyHeaders(res, headers) {
  if (!headers || typeof headers !== 'object') return
  if (!Array.isArray(headers)) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) res.setHeader(name, value)
    }
    return
  }
  const pairs = Array.isArray(headers[0])
    ? headers
    : headers.flatMap((value, index) => (index % 2 ? [] : [[value, headers[index + 1]]]))
  // Repeated names (Set-Cookie) are collected, then each replaces what setHeader stored before.
  /** @type {Map<string, string[]>} */
  const byName = new Map()
  for (const [name, value] of pairs) {
    const key = String(name).toLowerCase()
    byName.set(key, [...(byName.get(key) ?? []), ...[value].flat().map(String)])
  }
  for (const [name, values] of byName)
    res.setHeader(name, values.length === 1 ? (values[0] ?? '') : values)
}

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
  return Buffer.from(
    String(chunk),
    typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
  )
}

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  return Array.isArray(value) ? value.join(', ') : value
}
