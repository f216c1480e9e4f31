// @ts-check

/**
 * The largest request body the site accepts: the same 64 KiB as `serverActions.bodySizeLimit`
 * in next.config.ts (keep them equal). Every form here posts a few kilobytes at most.
 */
export const MAX_BODY_BYTES = 64 * 1024

const TOO_LARGE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Message too large</title>
<p>That was more than we can accept in one message (${MAX_BODY_BYTES / 1024} KB). Nothing was sent or stored. Go back, shorten it, and send it again.</p></html>`

// Past this a declared body is not worth reading even to discard it: the connection is cut.
const DRAIN_MAX_BYTES = 16 * 1024 * 1024

/**
 * Refuses a body declared larger than `maxBytes` with 413 before the app reads it. Next would
 * stop reading at its own limit too, but answers 500 and leaves the connection unusable for the
 * client's next request. The body is read and discarded first (up to 16 MiB), because most
 * clients, fetch included, fail with EPIPE instead of reading an answer sent while they are still
 * writing; then the connection closes. Bodies sent without a length (chunked) still meet Next's limit.
 * @param {import('./handler.mjs').Handler} handler
 * @param {{ maxBytes?: number }} [options]
 * @returns {import('./handler.mjs').Handler}
 */
export function withBodyLimit(handler, { maxBytes = MAX_BODY_BYTES } = {}) {
  return (request, response) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (!(declared > maxBytes)) return handler(request, response)
    const refuse = () => refuseTooLarge(response)
    if (declared > DRAIN_MAX_BYTES) return refuse()
    request
      .on('end', refuse)
      .on('error', () => response.destroy())
      .resume()
  }
}

/**
 * The 413 answer: a page that says what happened, and the connection closed behind it.
 * @param {import('node:http').ServerResponse} response
 */
export function refuseTooLarge(response) {
  response.writeHead(413, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  })
  response.end(TOO_LARGE_PAGE)
}
