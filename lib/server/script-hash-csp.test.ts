import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { inlineScriptHashes } from './inline-script-hashes.mjs'
import { createPageCache } from './page-cache.mjs'
import { withScriptHashCsp } from './script-hash-csp.mjs'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

const PERMISSIVE = "default-src 'self'; script-src 'self' 'unsafe-inline'"
const page = (n: number) =>
  `<!DOCTYPE html><html><head><script>self.theme=${n}</script></head><body>` +
  `<p>${'Words that compress well. '.repeat(100)}</p><script src="/a.js"></script>` +
  `<script>self.__next_f.push([1,"${n}"])</script></body></html>`

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

/** A real server: `handler` (as Next would write) behind the wrapper. */
async function serve(
  handler: Handler,
  cache = createPageCache(),
  rewriteHtml?: (html: string) => string,
) {
  const wrapped = withScriptHashCsp(handler, { production: true, cache, rewriteHtml })
  const server = http.createServer((req, res) => void wrapped(req, res))
  servers.push(server)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { port: (server.address() as AddressInfo).port, cache }
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; raw: string[]; body: Buffer }

function request(port: number, path = '/', options: http.RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, ...options }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          raw: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const policies = (reply: Reply) =>
  reply.raw.filter(
    (_, i) => i % 2 === 0 && reply.raw[i]!.toLowerCase() === 'content-security-policy',
  )
const scriptSrc = (reply: Reply) =>
  String(reply.headers['content-security-policy'])
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src'))

/** Writes an HTML page the way Next does for a prerendered route, in several chunks. */
const chunkedPage =
  (html: () => string): Handler =>
  (_req, res) => {
    res.setHeader('Content-Security-Policy', PERMISSIVE)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    const body = Buffer.from(html())
    res.write(body.subarray(0, 40))
    res.write(body.subarray(40, 200).toString('utf8'), 'utf8')
    res.end(body.subarray(200))
  }

describe('withScriptHashCsp', () => {
  it('allows exactly the inline scripts of a page written in chunks, in one policy', async () => {
    const { port } = await serve(chunkedPage(() => page(1)))
    const reply = await request(port)
    expect(reply.body.toString()).toBe(page(1))
    expect(policies(reply)).toHaveLength(1)
    expect(scriptSrc(reply)).toBe(`script-src 'self' ${inlineScriptHashes(page(1)).join(' ')}`)
    expect(scriptSrc(reply)).not.toContain('unsafe-inline')
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(page(1))))
  })

  it('reads headers given to writeHead, as an object or a flat list', async () => {
    for (const headers of [
      { 'content-type': 'text/html', 'content-security-policy': PERMISSIVE },
      ['Content-Type', 'text/html', 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2'],
    ]) {
      const { port } = await serve((_req, res) => {
        res.writeHead(200, 'OK', headers as http.OutgoingHttpHeaders)
        res.end(page(2))
      })
      const reply = await request(port)
      expect(policies(reply)).toHaveLength(1)
      expect(scriptSrc(reply)).toContain(inlineScriptHashes(page(2))[0])
      if (Array.isArray(headers)) expect(reply.headers['set-cookie']).toEqual(['a=1', 'b=2'])
    }
  })

  it.each([
    ['br', zlib.brotliDecompressSync],
    ['gzip', zlib.gunzipSync],
  ] as const)('compresses pages with %s after hashing them', async (encoding, decompress) => {
    let sawEncoding: string | undefined = 'unset'
    const { port } = await serve((req, res) => {
      sawEncoding = req.headers['accept-encoding']
      return chunkedPage(() => page(3))(req, res)
    })
    const reply = await request(port, '/', { headers: { 'accept-encoding': encoding } })
    expect(sawEncoding).toBeUndefined()
    expect(reply.headers['content-encoding']).toBe(encoding)
    expect(reply.headers.vary).toContain('Accept-Encoding')
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
    expect(reply.body.length).toBeLessThan(Buffer.byteLength(page(3)) / 4)
    expect(decompress(reply.body).toString()).toBe(page(3))
    expect(scriptSrc(reply)).toContain(inlineScriptHashes(page(3))[0])
  })

  it('answers HEAD with the policy and length the GET would have, and no body', async () => {
    const methods: string[] = []
    const { port } = await serve((req, res) => {
      methods.push(req.method ?? '')
      return chunkedPage(() => page(4))(req, res)
    })
    const get = await request(port)
    const head = await request(port, '/', { method: 'HEAD' })
    expect(methods).toEqual(['GET', 'GET'])
    expect(head.body.length).toBe(0)
    expect(head.headers['content-security-policy']).toBe(get.headers['content-security-policy'])
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
  })

  it('sends no policy with a 304, so the browser keeps the one stored with the page', async () => {
    const { port } = await serve((_req, res) => {
      res.setHeader('Content-Security-Policy', PERMISSIVE)
      res.setHeader('ETag', '"v1"')
      res.statusCode = 304
      res.end()
    })
    const reply = await request(port, '/', { headers: { 'if-none-match': '"v1"' } })
    expect(reply.status).toBe(304)
    expect(policies(reply)).toHaveLength(0)
  })

  it('follows a regenerated page: new body, new hashes; the same body is hashed once', async () => {
    let version = 5
    const { port, cache } = await serve(chunkedPage(() => page(version)))
    const first = await request(port)
    await request(port)
    expect(cache.size()).toBe(1)
    version = 6
    const regenerated = await request(port)
    expect(cache.size()).toBe(2)
    expect(scriptSrc(first)).toContain(inlineScriptHashes(page(5))[1])
    expect(scriptSrc(regenerated)).toContain(inlineScriptHashes(page(6))[1])
    expect(scriptSrc(regenerated)).not.toContain(inlineScriptHashes(page(5))[1])
  })

  it('sends and hashes the page as rewriteHtml makes it, rewriting each body once', async () => {
    let rewrites = 0
    const rewrite = (html: string) => {
      rewrites += 1
      return html.replace('<script src="/a.js"></script>', '<script>load("/a.js")</script>')
    }
    const { port } = await serve(
      chunkedPage(() => page(7)),
      undefined,
      rewrite,
    )
    const rewritten = rewrite(page(7))
    rewrites = 0
    for (const headers of [{ 'accept-encoding': 'br' }, {}, {}]) {
      const reply = await request(port, '/', { headers })
      const body = headers['accept-encoding'] ? zlib.brotliDecompressSync(reply.body) : reply.body
      expect(body.toString()).toBe(rewritten)
      expect(scriptSrc(reply)).toBe(`script-src 'self' ${inlineScriptHashes(rewritten).join(' ')}`)
      expect(inlineScriptHashes(rewritten)).toHaveLength(inlineScriptHashes(page(7)).length + 1)
    }
    expect(rewrites).toBe(1)
    // Immutable assets are never rewritten.
    const { port: assets } = await serve(
      (_req, res) => {
        res.setHeader('Content-Type', 'application/javascript')
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
        res.end('self.y=1;'.repeat(300))
      },
      undefined,
      () => 'rewritten',
    )
    const script = await request(assets, '/_next/static/chunks/b.js', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(zlib.gunzipSync(script.body).toString()).toBe('self.y=1;'.repeat(300))
  })

  it('encodes an immutable script once, then sends the brotli-11 copy to later clients', async () => {
    const script = `self.x=${JSON.stringify('const value = compute(); '.repeat(400))};`
    let served = 0
    const { port, cache } = await serve((_req, res) => {
      served += 1
      res.setHeader('Content-Security-Policy', PERMISSIVE)
      res.setHeader('Content-Type', 'application/javascript; charset=UTF-8')
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      res.write(script.slice(0, 100))
      res.end(script.slice(100))
    })
    const first = await request(port, '/_next/static/chunks/a.js', {
      headers: { 'accept-encoding': 'br' },
    })
    expect(first.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(first.body).toString()).toBe(script)
    expect(scriptSrc(first)).toBe("script-src 'self'")
    expect(policies(first)).toHaveLength(1)
    expect(cache.size()).toBe(1)
    const best = zlib.brotliCompressSync(script).length
    await expect
      .poll(async () => {
        const later = await request(port, '/_next/static/chunks/a.js', {
          headers: { 'accept-encoding': 'br' },
        })
        expect(zlib.brotliDecompressSync(later.body).toString()).toBe(script)
        return later.body.length
      })
      .toBe(best)
    expect(served).toBeGreaterThan(1)
    // Without an accepted encoding it passes through as it came.
    const plain = await request(port, '/_next/static/chunks/a.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
  })

  it('does not cache pages that may not be stored (per-visitor pages)', async () => {
    const { port, cache } = await serve((req, res) => {
      res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
      return chunkedPage(() => page(7))(req, res)
    })
    const reply = await request(port, '/', { headers: { 'accept-encoding': 'br' } })
    expect(scriptSrc(reply)).toContain(inlineScriptHashes(page(7))[0])
    expect(cache.size()).toBe(0)
  })

  it.each([[undefined], ['gzip']])(
    'streams other responses untouched but for the policy (accept-encoding %s)',
    async (encoding) => {
      let release: () => void = () => {}
      const secondChunk = new Promise<void>((resolve) => (release = resolve))
      const { port } = await serve(async (_req, res) => {
        res.setHeader('Content-Security-Policy', PERMISSIVE)
        res.setHeader('Content-Type', 'text/x-component')
        res.flushHeaders()
        res.write(`0:${'"first"'.repeat(200)}\n`)
        ;(res as ServerResponse & { flush?: () => void }).flush?.()
        await secondChunk
        res.end('1:"second"\n')
      })
      const reply = await new Promise<Reply>((resolve) => {
        const req = http.get(
          { host: '127.0.0.1', port, headers: encoding ? { 'accept-encoding': encoding } : {} },
          (res) => {
            const chunks: Buffer[] = []
            // The first chunk arrives while the handler still waits: nothing was buffered.
            res.once('data', () => release())
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () =>
              resolve({
                status: 200,
                headers: res.headers,
                raw: res.rawHeaders,
                body: Buffer.concat(chunks),
              }),
            )
          },
        )
        req.end()
      })
      const body = encoding ? zlib.gunzipSync(reply.body) : reply.body
      expect(body.toString()).toBe(`0:${'"first"'.repeat(200)}\n1:"second"\n`)
      expect(reply.headers['content-encoding']).toBe(encoding)
      expect(policies(reply)).toHaveLength(1)
      expect(scriptSrc(reply)).toBe("script-src 'self'")
    },
  )
})
