// @ts-check
/**
 * The production server (`npm start`): Next's request handler behind node:http, with the client
 * address settled from the socket (and TRUST_PROXY) before Next or the app can read a header.
 * Layers compose as `handler = wrap(handler)`; the outermost runs first.
 */
import { createServer } from 'node:http'

import { withBodyLimit } from './lib/server/body-limit.mjs'
import { withReadableForms } from './lib/server/form-body.mjs'
import { withClientAddress } from './lib/server/handler.mjs'
import { withMicroCache } from './lib/server/micro-cache.mjs'
import { serverOptions } from './lib/server/options.mjs'
import { loadScriptsAfterFirstPaint } from './lib/server/paint-first.mjs'
import { withScriptHashCsp } from './lib/server/script-hash-csp.mjs'
import { closeGracefullyOnSignals } from './lib/server/shutdown.mjs'

// As `next start` does, and before Next and React load: they pick their production builds by it.
// (Next's types make NODE_ENV read-only for app code; this is the one place that sets it.)
const env = /** @type {Record<string, string | undefined>} */ (process.env)
env.NODE_ENV ??= 'production'
const { default: next } = await import('next')

const { port, hostname, trustProxy, pageCacheMs } = serverOptions(
  process.argv.slice(2),
  process.env,
)
const app = next({ dev: false, hostname, port })
await app.prepare()

/** @type {import('./lib/server/handler.mjs').Handler} */
let handler = app.getRequestHandler()
handler = withClientAddress(handler, { trustProxy })
// Pages stay static: each HTML response's inline scripts are hashed into its own CSP. Pages paint
// before Next's startup scripts load (lib/server/paint-first.mjs).
handler = withScriptHashCsp(handler, {
  production: process.env.NODE_ENV === 'production',
  rewriteHtml: loadScriptsAfterFirstPaint,
})
// Under load, a page Next marked shareable is served from memory for a second (PAGE_CACHE_MS).
handler = withMicroCache(handler, { ttlMs: pageCacheMs })
// A broken multipart body gets a 400 that says so, not Next's bare 500.
handler = withReadableForms(handler)
handler = withBodyLimit(handler)

const server = createServer((request, response) => void handler(request, response))
closeGracefullyOnSignals(server, { cleanup: () => app.close() })
server.listen(port, hostname, () => {
  console.log(
    `> Ready on http://${hostname ?? 'localhost'}:${port} (TRUST_PROXY=${trustProxy}, PAGE_CACHE_MS=${pageCacheMs})`,
  )
})
