// @ts-check
import { isCompressible, preferredEncoding } from './compression.mjs'
import { contentSecurityPolicy } from './content-security-policy.mjs'
import { sendBuffered } from './buffered-response.mjs'
import { inlineScriptHashes } from './inline-script-hashes.mjs'
import { createPageCache } from './page-cache.mjs'
import { applyHeaders, bodiless, headerValue, toBuffer } from './response-parts.mjs'
import { startCompression } from './stream-compression.mjs'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(req: Request, res: Response) => unknown} Handler */
/** @typedef {import('./compression.mjs').Encoding} Encoding */
/** @typedef {import('./buffered-response.mjs').Prepare} Prepare */

/**
 * Wraps a request handler (Next's getRequestHandler()) so every HTML response carries a
 * Content-Security-Policy whose script-src allows exactly the inline scripts of the body it sends:
 * pages stay prerendered (no nonce), and a page that ISR regenerates gets the hashes of its new
 * body. Every other response gets the same policy without hashes, replacing the permissive one
 * that next.config.ts headers() set, so exactly one policy is sent.
 *
 * HTML is buffered to be hashed, so the wrapper also compresses: it hides Accept-Encoding from the
 * handler (Next's own compression would otherwise hand it gzip bytes) and encodes bodies itself.
 * Immutable assets are buffered too, so each is encoded at brotli 11 once; the rest is streamed.
 * `rewriteHtml` may change a page before its scripts are hashed (the result is cached with it).
 * @param {Handler} handler
 * @param {{ production: boolean, cache?: import('./page-cache.mjs').PageCache,
 *   rewriteHtml?: (html: string) => string }} options
 * @returns {(req: Request, res: Response) => Promise<void>}
 */
export function withScriptHashCsp(
  handler,
  { production, cache = createPageCache(), rewriteHtml = (html) => html },
) {
  const basePolicy = contentSecurityPolicy({ production })
  /** @type {Prepare} */
  const preparePage = (written) => {
    const html = rewriteHtml(written.toString('utf8'))
    const policy = contentSecurityPolicy({ scriptHashes: inlineScriptHashes(html), production })
    return { body: Buffer.from(html, 'utf8'), policy }
  }
  return async (req, res) => {
    const encoding = preferredEncoding(headerValue(req.headers['accept-encoding']))
    delete req.headers['accept-encoding']
    // A HEAD response must carry the policy the GET would: render the body, then drop it.
    const head = req.method === 'HEAD'
    if (head) req.method = 'GET'
    interceptResponse(res, { encoding, head, basePolicy, preparePage, cache })
    await handler(req, res)
  }
}

/**
 * @param {Response} res
 * @param {{ encoding: Encoding | undefined, head: boolean, basePolicy: string,
 *   preparePage: Prepare, cache: import('./page-cache.mjs').PageCache }} context
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
  /** What a buffered body becomes: a page with its own inline scripts' hashes, or an asset as is. */
  let prepare = context.preparePage
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
    } else if (immutableAsset(res, type, context.encoding)) {
      // Content-hashed scripts and styles never change: encoded once at brotli 11 and kept, they
      // go out about 14 % smaller than the streaming encoder's (142 → 122 KB of framework JS).
      prepare = (written) => ({ body: written, policy: context.basePolicy })
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
      const { encoding: accepted, head, cache } = context
      sendBuffered(
        res,
        Buffer.concat(chunks),
        { encoding: accepted, head, cache, prepare },
        (body) => release()(body),
      ).then(done, (error) => res.destroy(error))
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
 * A content-hashed file (Next marks them `immutable`) that is worth compressing for this client.
 * @param {Response} res
 * @param {string} type
 * @param {Encoding | undefined} encoding
 */
function immutableAsset(res, type, encoding) {
  return (
    encoding !== undefined &&
    res.statusCode === 200 &&
    isCompressible(type) &&
    !res.hasHeader('content-encoding') &&
    /\bimmutable\b/i.test(String(res.getHeader('cache-control') ?? ''))
  )
}
