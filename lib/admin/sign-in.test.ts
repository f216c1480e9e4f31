import { describe, expect, it } from 'vitest'
import { attemptSignIn } from '@/lib/admin/sign-in'
import { T0 } from '@/lib/contact/test-fixtures'
import { testDialects, useTestDb } from '@/lib/db/test-databases'

const PASSWORD = 'correct horse battery staple'

describe.each(testDialects)('admin sign-in on %s', (dialect) => {
  let n = 0
  const freshIp = () => `signin-${dialect}-${++n}`

  const handle = useTestDb(dialect)

  const attempt = (ipHash: string, password: unknown) =>
    attemptSignIn(handle.db, { fields: { password }, ipHash, expected: PASSWORD, now: T0 })

  it('signs in with the right password', async () => {
    expect(await attempt(freshIp(), PASSWORD)).toEqual({ outcome: 'signed-in' })
  })

  it('says only that a wrong password is wrong', async () => {
    expect(await attempt(freshIp(), 'correct horse')).toEqual({ outcome: 'wrong-password' })
  })

  it('asks for a password when none was typed, without counting it', async () => {
    const ip = freshIp()
    for (let i = 0; i < 12; i++) {
      expect(await attempt(ip, '')).toEqual({ outcome: 'invalid', message: 'Enter the password.' })
    }
    expect(await attempt(ip, undefined)).toMatchObject({ outcome: 'invalid' })
    expect(await attempt(ip, PASSWORD)).toEqual({ outcome: 'signed-in' })
  })

  it('refuses even the right password after ten failures', async () => {
    const ip = freshIp()
    for (let i = 0; i < 10; i++) {
      expect(await attempt(ip, `guess ${i}`)).toEqual({ outcome: 'wrong-password' })
    }
    expect(await attempt(ip, PASSWORD)).toEqual({
      outcome: 'rate-limited',
      retryAfterSeconds: 15 * 60,
    })
  })

  it('does not count successful sign-ins against the limit', async () => {
    const ip = freshIp()
    for (let i = 0; i < 15; i++) await attempt(ip, PASSWORD)
    for (let i = 0; i < 10; i++) await attempt(ip, 'wrong')
    expect(await attempt(ip, PASSWORD)).toMatchObject({ outcome: 'rate-limited' })
  })
})
