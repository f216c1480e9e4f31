import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, createServer, get as httpGet, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderSiteConf, startNginx } from './nginx'

const SITE_CONF = path.resolve(import.meta.dirname, '../../docs/nginx/site.conf')

function hasNginx(): boolean {
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Stands in for Next: counts what reaches it and answers with Next's caching and security headers. */
function fakeNext() {
  const hits: { method: string; url: string; forwardedFor: string }[] = []
  const server = createServer((request, response) => {
    hits.push({
      method: request.method ?? '',
      url: request.url ?? '',
      forwardedFor: String(request.headers['x-forwarded-for']),
    })
    const cacheable = !request.url?.startsWith('/contact')
    response.setHeader(
      'cache-control',
      cacheable
        ? 's-maxage=60, stale-while-revalidate=31535940'
        : 'private, no-cache, no-store, max-age=0, must-revalidate',
    )
    response.setHeader('content-security-policy', "default-src 'self'")
    response.setHeader('strict-transport-security', 'max-age=63072000; includeSubDomains; preload')
    response.setHeader('x-frame-options', 'DENY')
    // An article-sized page (the bench's article is 75,144 bytes), for the keep-alive timing test.
    if (request.url?.startsWith('/large')) response.end('x'.repeat(75_144))
    else response.end(`response ${hits.length}`)
  })
  return { server, hits }
}

describe('the deploy guide’s site.conf', () => {
  it('fails loudly when the file no longer has what the bench swaps in', () => {
    expect(() =>
      renderSiteConf('server {}', { front: 1, plainFile: 2, upstream: 'x' }, '/c'),
    ).toThrow(/no longer contains/)
  })
})

// nginx is a system package (apt-get install nginx); a machine without it cannot run this suite.
describe.skipIf(!hasNginx())('the nginx caching front (docs/nginx/site.conf)', () => {
  const upstream = fakeNext()
  let front = ''
  let stop: () => Promise<void> = async () => {}
  const plainRoot = mkdtempSync(path.join(os.tmpdir(), 'modder-nginx-test-'))
  const get = (url: string, init?: RequestInit) => fetch(`${front}${url}`, init)

  beforeAll(async () => {
    await new Promise<void>((resolve) => upstream.server.listen(0, '127.0.0.1', resolve))
    const { port } = upstream.server.address() as AddressInfo
    const ports = {
      front: await freePort(),
      plainFile: await freePort(),
      upstream: `127.0.0.1:${port}`,
    }
    const nginx = await startNginx(SITE_CONF, ports, plainRoot)
    stop = nginx.stop
    front = `http://127.0.0.1:${ports.front}`
  })
  afterAll(async () => {
    await stop()
    await new Promise((resolve) => (upstream.server as Server).close(resolve))
    rmSync(plainRoot, { recursive: true, force: true })
  })

  const hitsOf = (url: string) => upstream.hits.filter((hit) => hit.url === url).length

  it('serves a page Next marks cacheable from its cache, security headers intact', async () => {
    const first = await get('/articles/one')
    const second = await get('/articles/one')
    expect(first.headers.get('x-cache-status')).toBe('MISS')
    expect(second.headers.get('x-cache-status')).toBe('HIT')
    expect(await second.text()).toBe(await first.text())
    expect(hitsOf('/articles/one')).toBe(1)
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-frame-options'])
      expect(second.headers.get(name)).toBeTruthy()
  })

  it('never caches what Next marks no-store, nor POSTs (server actions)', async () => {
    await get('/contact')
    await get('/contact')
    await get('/contact', { method: 'POST', body: 'a=1' })
    await get('/contact', { method: 'POST', body: 'a=1' })
    expect(hitsOf('/contact')).toBe(4)
  })

  it('sends /admin, /api/ and draft-mode requests straight to Node', async () => {
    for (let i = 0; i < 2; i++) {
      await get('/admin/inquiries')
      await get('/api/health')
      await get('/articles/two', { headers: { cookie: '__prerender_bypass=preview' } })
    }
    expect(hitsOf('/admin/inquiries')).toBe(2)
    expect(hitsOf('/api/health')).toBe(2)
    expect(hitsOf('/articles/two')).toBe(2)
  })

  it('sends a large cached page without a delayed-ACK stall on a keep-alive connection', async () => {
    const url = new URL('/large/article', front)
    await get('/large/article')
    expect((await get('/large/article')).headers.get('x-cache-status')).toBe('HIT')
    // One connection, requests in sequence, as each of the bench's 50 connections does: with
    // tcp_nopush the tail of every HIT waited for the client's 40 ms delayed ACK.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const once = () =>
      new Promise<void>((resolve, reject) => {
        httpGet(url, { agent }, (response) => {
          response.resume()
          response.on('end', resolve)
        }).on('error', reject)
      })
    const started = performance.now()
    for (let i = 0; i < 20; i++) await once()
    agent.destroy()
    expect((performance.now() - started) / 20).toBeLessThan(20)
  })

  it('adds the client address last to X-Forwarded-For, where TRUST_PROXY=1 reads it', async () => {
    await get('/api/health', { headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(upstream.hits.at(-1)?.forwardedFor).toBe('203.0.113.9, 127.0.0.1')
  })
})
