import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { withMicroCache } from './micro-cache.mjs'

const SHARED = 's-maxage=60, stale-while-revalidate=31535940'
const NEXT_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding'

type Page = { status?: number; headers?: OutgoingHttpHeaders; stream?: boolean }

const servers: http.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

/**
 * A real server: an inner handler that answers as the CSP layer does (headers set, then the whole
 * body in one `end`), numbering its renders so a reply shows whether it was rendered or remembered.
 */
async function serve(page: Page = {}, options: { ttlMs?: number; maxBytes?: number } = {}) {
  const clock = { now: 1_000 }
  let renders = 0
  const inner = (_req: IncomingMessage, res: ServerResponse) => {
    renders += 1
    res.statusCode = page.status ?? 200
    const headers = { 'cache-control': SHARED, vary: NEXT_VARY, ...page.headers }
    for (const [name, value] of Object.entries(headers)) if (value) res.setHeader(name, value)
    const body = Buffer.from(`render ${renders} ${'x'.repeat(100)}`)
    if (page.stream) {
      res.write(body)
      res.end()
    } else {
      res.setHeader('content-length', body.length)
      res.end(body)
    }
  }
  const handler = withMicroCache(inner, {
    ttlMs: options.ttlMs ?? 1000,
    maxBytes: options.maxBytes,
    now: () => clock.now,
  })
  const server = http.createServer((req, res) => void handler(req, res))
  servers.push(server)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const port = (server.address() as AddressInfo).port
  return { port, clock, renders: () => renders }
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string }

function get(port: number, path = '/page', options: http.RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, ...options }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const rendered = (reply: Reply) => reply.body.split(' ').slice(0, 2).join(' ')

describe('withMicroCache', () => {
  it('serves a shareable page from memory until the time is up, then asks the handler again', async () => {
    const site = await serve()
    const first = await get(site.port)
    const second = await get(site.port)
    expect([rendered(first), rendered(second)]).toEqual(['render 1', 'render 1'])
    // Every header the handler set comes back with the remembered body.
    expect(second.headers['cache-control']).toBe(SHARED)
    expect(second.headers.vary).toBe(NEXT_VARY)
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(second.body)))

    site.clock.now += 999
    expect(rendered(await get(site.port))).toBe('render 1')
    site.clock.now += 1
    expect(rendered(await get(site.port))).toBe('render 2')
    expect(rendered(await get(site.port))).toBe('render 2')
    expect(site.renders()).toBe(2)
  })

  it('keeps URLs and accepted encodings apart', async () => {
    const site = await serve()
    await get(site.port, '/a')
    await get(site.port, '/a', { headers: { 'accept-encoding': 'br' } })
    await get(site.port, '/a', { headers: { 'accept-encoding': 'gzip, deflate' } })
    await get(site.port, '/a?page=2')
    await get(site.port, '/b')
    expect(site.renders()).toBe(5)
    // The same preference spelled differently is the same variant.
    await get(site.port, '/a', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(site.renders()).toBe(5)
  })

  it('answers HEAD from a remembered GET, with the length and no body', async () => {
    const site = await serve()
    const page = await get(site.port)
    const head = await get(site.port, '/page', { method: 'HEAD' })
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(page.body)))
    expect(site.renders()).toBe(1)
  })

  it.each([
    ['the draft-mode cookie', { cookie: 'theme=dark; __prerender_bypass=abc' }],
    ['an RSC request', { rsc: '1' }],
    ['a router prefetch', { 'next-router-prefetch': '1' }],
    ['a conditional request', { 'if-none-match': '"etag"' }],
    ['a range request', { range: 'bytes=0-10' }],
  ])('never answers a request with %s from memory', async (_, headers) => {
    const site = await serve()
    await get(site.port)
    await get(site.port, '/page', { headers })
    await get(site.port, '/page', { headers })
    expect(site.renders()).toBe(3)
  })

  it('passes a POST through and does not let it fill the cache', async () => {
    const site = await serve()
    await get(site.port, '/page', { method: 'POST' })
    await get(site.port)
    expect(site.renders()).toBe(2)
  })

  it.each<[string, Page]>([
    ['private, no-store', { headers: { 'cache-control': 'private, no-cache, no-store' } }],
    ['max-age=0', { headers: { 'cache-control': 'public, max-age=0, must-revalidate' } }],
    ['no Cache-Control', { headers: { 'cache-control': undefined } }],
    ['Set-Cookie', { headers: { 'set-cookie': 'session=1' } }],
    ['a 404', { status: 404 }],
    ['a STALE copy being regenerated', { headers: { 'x-nextjs-cache': 'STALE' } }],
    ['Vary: Cookie', { headers: { vary: `${NEXT_VARY}, Cookie` } }],
    ['a streamed body', { stream: true }],
  ])('never remembers a response with %s', async (_, page) => {
    const site = await serve(page)
    await get(site.port)
    await get(site.port)
    expect(site.renders()).toBe(2)
  })

  it('remembers public max-age responses too', async () => {
    const site = await serve({ headers: { 'cache-control': 'public, max-age=300' } })
    await get(site.port)
    await get(site.port)
    expect(site.renders()).toBe(1)
  })

  it('drops the oldest pages past its byte bound', async () => {
    const bodyBytes = Buffer.byteLength(`render 1 ${'x'.repeat(100)}`)
    const site = await serve({}, { maxBytes: bodyBytes * 2 })
    for (const path of ['/a', '/b', '/c']) await get(site.port, path)
    await get(site.port, '/c')
    await get(site.port, '/b')
    expect(site.renders()).toBe(3)
    await get(site.port, '/a')
    expect(site.renders()).toBe(4)
  })

  it('is not there at all with a time of 0', async () => {
    const inner = () => undefined
    expect(withMicroCache(inner, { ttlMs: 0 })).toBe(inner)
  })
})
