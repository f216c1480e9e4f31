import { describe, expect, it } from 'vitest'
import { hashIp } from '@/lib/contact/ip-hash'

const secret = 'test-ip-hash-secret-of-enough-length'

describe('ip hash', () => {
  it('is a stable HMAC-SHA256 hex digest that does not contain the address', () => {
    const hash = hashIp('203.0.113.7', secret)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashIp('203.0.113.7', secret)).toBe(hash)
    expect(hash).not.toContain('203')
  })

  it('differs per address and per secret', () => {
    expect(hashIp('203.0.113.7', secret)).not.toBe(hashIp('203.0.113.8', secret))
    expect(hashIp('203.0.113.7', secret)).not.toBe(hashIp('203.0.113.7', `${secret}!`))
  })

  it('treats the IPv4-mapped IPv6 form and letter case as the same client', () => {
    expect(hashIp('::ffff:203.0.113.7', secret)).toBe(hashIp('203.0.113.7', secret))
    expect(hashIp('2001:DB8::1', secret)).toBe(hashIp('2001:db8::1', secret))
  })
})
