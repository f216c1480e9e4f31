import { describe, expect, it } from 'vitest'
import { idempotencyKeyFor } from '@/lib/contact/idempotency'

const input = { email: 'ada@example.com', message: 'Could you review our architecture, please?' }
const uuid = '0b6f3f4e-6b7a-4d43-9a53-2b8f2f0f9c11'

describe('idempotency key', () => {
  it('uses the browser’s submission id when there is one', () => {
    expect(idempotencyKeyFor(uuid, 'token', input)).toBe(`id:${uuid}`)
    expect(idempotencyKeyFor(uuid, 'other-token', { ...input, message: 'changed' })).toBe(
      `id:${uuid}`,
    )
  })

  it('without one, matches a resubmit of the same page and text only', () => {
    const key = idempotencyKeyFor(null, 'token-1', input)
    expect(idempotencyKeyFor('', 'token-1', input)).toBe(key)
    expect(idempotencyKeyFor(null, 'token-2', input)).not.toBe(key)
    expect(idempotencyKeyFor(null, 'token-1', { ...input, message: `${input.message}!` })).not.toBe(
      key,
    )
  })

  it('ignores a submission id that is not a plausible random id', () => {
    expect(idempotencyKeyFor('short', 'token', input)).toMatch(/^form:[0-9a-f]{64}$/)
    expect(idempotencyKeyFor('x'.repeat(101), 'token', input)).toMatch(/^form:/)
    expect(idempotencyKeyFor('bad id with spaces!!', 'token', input)).toMatch(/^form:/)
  })
})
