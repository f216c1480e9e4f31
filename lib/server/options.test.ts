import { describe, expect, it } from 'vitest'

import { serverOptions } from './options.mjs'

describe('serverOptions', () => {
  it('takes the flags `next start` takes, before the environment', () => {
    expect(
      serverOptions(['--port', '3100', '--hostname', '127.0.0.1'], {
        PORT: '8080',
        TRUST_PROXY: '1',
      }),
    ).toEqual({ port: 3100, hostname: '127.0.0.1', trustProxy: 1, pageCacheMs: 1000 })
    expect(serverOptions(['-p', '4000', '-H', '::1'], {})).toMatchObject({
      port: 4000,
      hostname: '::1',
    })
  })

  it('falls back to PORT and HOSTNAME, then to port 3000 on every interface', () => {
    expect(serverOptions([], { PORT: '8080', HOSTNAME: '0.0.0.0' })).toEqual({
      port: 8080,
      hostname: '0.0.0.0',
      trustProxy: 0,
      pageCacheMs: 1000,
    })
    expect(serverOptions([], {})).toEqual({
      port: 3000,
      hostname: undefined,
      trustProxy: 0,
      pageCacheMs: 1000,
    })
  })

  it('refuses a port that is not one and flags it does not know', () => {
    expect(() => serverOptions(['--port', 'http'], {})).toThrow(/Invalid port/)
    expect(() => serverOptions(['--turbo'], {})).toThrow()
  })

  it('takes PAGE_CACHE_MS in whole milliseconds up to a minute, 0 to turn the cache off', () => {
    expect(serverOptions([], { PAGE_CACHE_MS: '0' }).pageCacheMs).toBe(0)
    expect(serverOptions([], { PAGE_CACHE_MS: '250' }).pageCacheMs).toBe(250)
    for (const bad of ['-1', '1.5', 'soon', '60001'])
      expect(() => serverOptions([], { PAGE_CACHE_MS: bad })).toThrow(/Invalid PAGE_CACHE_MS/)
  })
})
