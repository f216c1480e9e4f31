import { describe, expect, it } from 'vitest'
import { returnSignInAttempt, takeSignInAttempt } from '@/lib/admin/sign-in-limit'
import { consumeRateLimit } from '@/lib/contact/rate-limit'
import { testDialects, useTestDb } from '@/lib/db/test-databases'

// Wall-clock times (UTC) make the window edges visible.
const at = (time: string) => Date.parse(`2026-03-29T${time}Z`)

describe.each(testDialects)('sign-in rate limit on %s', (dialect) => {
  let n = 0
  const freshIp = () => `ip-${dialect}-${++n}`

  const handle = useTestDb(dialect)

  async function takeTimes(ip: string, times: number, now: number) {
    const results = []
    for (let i = 0; i < times; i++) results.push(await takeSignInAttempt(handle.db, ip, now))
    return results
  }

  const allowedCount = (results: { allowed: boolean }[]) => results.filter((r) => r.allowed).length

  it('refuses the eleventh failure until the first is fifteen minutes old', async () => {
    const ip = freshIp()
    expect(allowedCount(await takeTimes(ip, 10, at('09:01:00')))).toBe(10)

    expect(await takeSignInAttempt(handle.db, ip, at('09:05:00'))).toEqual({
      allowed: false,
      retryAfterSeconds: 11 * 60,
    })
    expect(await takeSignInAttempt(handle.db, ip, at('09:15:59'))).toMatchObject({
      allowed: false,
    })
    expect(await takeSignInAttempt(handle.db, ip, at('09:16:00'))).toEqual({ allowed: true })
  })

  it('refuses an eleventh failure within fifteen minutes, even across a quarter hour', async () => {
    const ip = freshIp()
    expect(allowedCount(await takeTimes(ip, 10, at('09:14:59')))).toBe(10)

    expect(await takeSignInAttempt(handle.db, ip, at('09:15:01'))).toEqual({
      allowed: false,
      retryAfterSeconds: 14 * 60 + 58,
    })
    expect(await takeSignInAttempt(handle.db, ip, at('09:29:59'))).toEqual({ allowed: true })
  })

  it('counts each ip hash on its own', async () => {
    await takeTimes(freshIp(), 10, at('09:00:00'))
    expect(await takeSignInAttempt(handle.db, freshIp(), at('09:00:00'))).toEqual({
      allowed: true,
    })
  })

  it('does not count an attempt that was given back', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) {
      await takeSignInAttempt(handle.db, ip, at('09:00:00'))
      await returnSignInAttempt(handle.db, ip, at('09:00:00'))
    }
    expect(allowedCount(await takeTimes(ip, 10, at('09:00:00')))).toBe(10)
    expect(await takeSignInAttempt(handle.db, ip, at('09:00:00'))).toMatchObject({
      allowed: false,
    })
  })

  it('gives back one attempt per successful sign-in, not the failures before it', async () => {
    const ip = freshIp()
    await takeTimes(ip, 9, at('09:00:00'))
    await takeSignInAttempt(handle.db, ip, at('09:01:00'))
    await returnSignInAttempt(handle.db, ip, at('09:01:00'))

    expect(await takeSignInAttempt(handle.db, ip, at('09:02:00'))).toEqual({ allowed: true })
    expect(await takeSignInAttempt(handle.db, ip, at('09:02:00'))).toMatchObject({
      allowed: false,
    })
  })

  it('lets only ten of many concurrent attempts through', async () => {
    const ip = freshIp()
    const results = await Promise.all(
      Array.from({ length: 25 }, () => takeSignInAttempt(handle.db, ip, at('09:02:00'))),
    )
    expect(allowedCount(results)).toBe(10)
  })

  it('neither spends nor is spent by the contact form’s limit', async () => {
    const ip = freshIp()
    await takeTimes(ip, 10, at('09:00:00'))
    expect(await consumeRateLimit(handle.db, ip, at('09:00:00'))).toEqual({ allowed: true })
  })

  it('forgets failures once they are fifteen minutes old', async () => {
    const ip = freshIp()
    await takeSignInAttempt(handle.db, ip, at('09:00:00'))
    await takeSignInAttempt(handle.db, freshIp(), at('09:30:00'))
    const left = await handle.db
      .selectFrom('rate_limit_events')
      .select('at')
      .where('ip_hash', '=', ip)
      .execute()
    expect(left).toEqual([])
  })
})
