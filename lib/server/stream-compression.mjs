// @ts-check
import { createCompressor, isCompressible, MIN_COMPRESS_BYTES } from './compression.mjs'
import { appendVary, bodiless } from './response-parts.mjs'

/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./compression.mjs').Encoding} Encoding */

/**
 * Starts compressing a response that is passed through rather than buffered (scripts, RSC
 * payloads, feeds), or returns undefined when it should go out as it is.
 * @param {Response} res
 * @param {{ encoding: Encoding | undefined, head: boolean }} context
 * @param {string} type
 * @param {{ write: Response['write'], end: Response['end'] }} original
 */
export function startCompression(res, { encoding, head }, type, original) {
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
