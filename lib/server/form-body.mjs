// @ts-check
import { IncomingMessage } from 'node:http'

import { MAX_BODY_BYTES, refuseTooLarge } from './body-limit.mjs'

const MALFORMED_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Form not readable</title>
<p>We could not read that form submission: it arrived broken. Nothing was sent or stored. Go back and send it again.</p></html>`

/**
 * Reads a multipart form body (at most MAX_BODY_BYTES) before the app does and answers
 * 400 when it is not a readable form, instead of Next's bare "Internal Server Error" 500. The
 * check is the parser Next itself uses (undici's `Request.formData()`), so what passes here is
 * what Next can read. A readable body is handed on in a fresh request carrying the same headers
 * and connection. Other bodies pass untouched.
 * @param {import('./handler.mjs').Handler} handler
 * @returns {import('./handler.mjs').Handler}
 */
export function withReadableForms(handler) {
  return async (request, response) => {
    const type = String(request.headers['content-type'] ?? '')
    if (request.method !== 'POST' || !/^multipart\/form-data\b/i.test(type)) {
      return handler(request, response)
    }
    let body
    try {
      body = await readBody(request, MAX_BODY_BYTES)
    } catch (error) {
      // Past the limit (a chunked body declares no length, so withBodyLimit could not tell), or
      // the client went away mid-body and there is no one to answer.
      if (error === TOO_LARGE) refuseTooLarge(response)
      else response.destroy()
      return
    }
    if (!(await readableForm(type, body))) {
      response.writeHead(400, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      })
      response.end(MALFORMED_PAGE)
      return
    }
    return handler(replay(request, body), response)
  }
}

/**
 * @param {string} contentType
 * @param {Buffer} body
 */
async function readableForm(contentType, body) {
  try {
    await new Request('http://form.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData()
    return true
  } catch {
    return false
  }
}

const TOO_LARGE = Symbol('too large')

/** @param {IncomingMessage} request @param {number} maxBytes @returns {Promise<Buffer>} */
function readBody(request, maxBytes) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let bytes = 0
    request.on('data', (/** @type {Buffer} */ chunk) => {
      bytes += chunk.length
      if (bytes > maxBytes) {
        request.removeAllListeners('data').resume()
        reject(TOO_LARGE)
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => (request.complete ? resolve(Buffer.concat(chunks)) : reject()))
    request.on('error', reject)
    request.on('aborted', reject)
  })
}

/**
 * A request like `original` (method, URL, headers, connection) whose body is `body` again.
 * @param {IncomingMessage} original
 * @param {Buffer} body
 */
function replay(original, body) {
  const copy = new IncomingMessage(original.socket)
  copy.method = original.method
  copy.url = original.url
  copy.httpVersion = original.httpVersion
  copy.httpVersionMajor = original.httpVersionMajor
  copy.httpVersionMinor = original.httpVersionMinor
  copy.headers = original.headers
  copy.rawHeaders = original.rawHeaders
  copy.complete = true
  copy.push(body)
  copy.push(null)
  return copy
}
