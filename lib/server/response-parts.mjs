// @ts-check
// Small facts about node:http responses that the server's layers share.

/** @typedef {import('node:http').ServerResponse} Response */

/** @param {number} status */
export function bodiless(status) {
  return status === 204 || status === 304 || (status >= 100 && status < 200)
}

/** @param {Response} res */
export function appendVary(res) {
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
export function applyHeaders(res, headers) {
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
export function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
  return Buffer.from(
    String(chunk),
    typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
  )
}

/** @param {string | string[] | undefined} value */
export function headerValue(value) {
  return Array.isArray(value) ? value.join(', ') : value
}
