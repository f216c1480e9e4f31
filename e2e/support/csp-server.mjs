// The built site served the way production serves it: Next's request handler behind the
// script-hash CSP wrapper (CSP_WRAPPER=off serves it bare, for comparison). A stand-in until the
// production server.mjs lands; it composes the wrapper the same way.
import http from 'node:http'
import { fileURLToPath } from 'node:url'

process.env.NODE_ENV ??= 'production'
const { default: next } = await import('next')
const { withScriptHashCsp } = await import('../../lib/server/script-hash-csp.mjs')

const port = Number(process.env.PORT ?? 3250)
const hostname = process.env.HOSTNAME ?? '127.0.0.1'
const dir = fileURLToPath(new URL('../../', import.meta.url))
const app = next({ dev: false, dir, hostname, port })
await app.prepare()
const nextHandler = app.getRequestHandler()
const handle =
  process.env.CSP_WRAPPER === 'off'
    ? nextHandler
    : withScriptHashCsp(nextHandler, { production: true })
http
  .createServer((req, res) => handle(req, res))
  .listen(port, hostname, () => {
    console.log(`csp-server ready on http://${hostname}:${port}`)
  })
