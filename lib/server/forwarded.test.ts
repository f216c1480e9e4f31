import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { clientAddress, normalizeAddress, parseTrustProxy } from './forwarded.mjs'
import { withClientAddress } from './handler.mjs'

describe('clientAddress', () => {
  const socketAddress = '10.0.0.2'

  it('is the socket address when no proxy is trusted, whatever the client claims', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.9', socketAddress, trustProxy: 0 })).toBe(
      '10.0.0.2',
    )
    expect(clientAddress({ forwardedFor: undefined, socketAddress, trustProxy: 0 })).toBe(
      '10.0.0.2',
    )
  })

  it('takes the entry the nearest trusted proxy appended, not one the client prepended', () => {
    const forwardedFor = '198.51.100.66, 203.0.113.9'
    expect(clientAddress({ forwardedFor, socketAddress, trustProxy: 1 })).toBe('203.0.113.9')
    expect(clientAddress({ forwardedFor, socketAddress, trustProxy: 2 })).toBe('198.51.100.66')
  })

  it('reads repeated headers as one chain, in order', () => {
    const forwardedFor = ['198.51.100.66', '203.0.113.9, 192.0.2.1']
    expect(clientAddress({ forwardedFor, socketAddress, trustProxy: 2 })).toBe('203.0.113.9')
  })

  it('falls back to the leftmost hop when the chain is shorter than the proxies trusted', () => {
    expect(clientAddress({ forwardedFor: undefined, socketAddress, trustProxy: 1 })).toBe(
      '10.0.0.2',
    )
    expect(clientAddress({ forwardedFor: '203.0.113.9', socketAddress, trustProxy: 3 })).toBe(
      '203.0.113.9',
    )
  })

  it('writes IPv4-mapped IPv6 addresses as IPv4 and skips empty entries', () => {
    expect(normalizeAddress(' ::FFFF:192.0.2.7 ')).toBe('192.0.2.7')
    expect(normalizeAddress('::ffff:abcd')).toBe('::ffff:abcd')
    expect(
      clientAddress({ forwardedFor: '203.0.113.9,, ', socketAddress: '::1', trustProxy: 1 }),
    ).toBe('203.0.113.9')
  })
})

describe('parseTrustProxy', () => {
  it('reads a hop count and refuses anything that is not one', () => {
    expect(parseTrustProxy(undefined)).toBe(0)
    expect(parseTrustProxy('')).toBe(0)
    expect(parseTrustProxy('2')).toBe(2)
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/)
    expect(() => parseTrustProxy('-1')).toThrow(/TRUST_PROXY/)
  })
})

/** The headers the wrapped handler saw for one real request over loopback. */
async function headersSeen(trustProxy: number, sent: Record<string, string>) {
  let seen: IncomingHttpHeaders = {}
  const server = createServer(
    withClientAddress(
      (request, response) => {
        seen = { ...request.headers }
        response.end()
      },
      { trustProxy },
    ),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, headers: sent }, (res) => {
        res.resume().on('end', resolve)
      })
      req.on('error', reject).end()
    })
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
  return seen
}

describe('withClientAddress', () => {
  const spoofed = {
    'x-forwarded-for': '203.0.113.9',
    'x-real-ip': '203.0.113.10',
    forwarded: 'for=203.0.113.11',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
  }

  it('replaces every address claim with the socket address when no proxy is trusted', async () => {
    const seen = await headersSeen(0, spoofed)
    expect(seen['x-forwarded-for']).toBe('127.0.0.1')
    for (const name of ['x-real-ip', 'forwarded', 'x-forwarded-host', 'x-forwarded-proto']) {
      expect(seen[name], name).toBeUndefined()
    }
  })

  it('keeps one address, the one the trusted proxy vouches for, and its host and protocol', async () => {
    const seen = await headersSeen(1, {
      ...spoofed,
      'x-forwarded-for': '198.51.100.1, 203.0.113.9',
    })
    expect(seen['x-forwarded-for']).toBe('203.0.113.9')
    expect(seen['x-real-ip']).toBeUndefined()
    expect(seen['x-forwarded-host']).toBe('evil.example')
    expect(seen['x-forwarded-proto']).toBe('https')
  })
})
