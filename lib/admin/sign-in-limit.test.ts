import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { returnSignInAttempt, takeSignInAttempt } from '@/lib/admin/sign-in-limit'
import { consumeRateLimit } from '@/lib/contact/rate-limit'
import { T0 } from '@/lib/contact/test-fixtures'
import { openTestDb, testDialects, type TestDb } from '@/lib/db/test-databases'

const MINUTE = 60_000
// T0 is 09:00 UTC, the start of a 15-minute window.

describe.each(testDialects)('sign-in rate limit on %s', (dialect) => {
  let handle: TestDb
  let n = 0
  const freshIp = () => `ip-${dialect}-${++n}`

  beforeAll(async () => {
    handle = await openTestDb(dialect)
  })
  afterAll(async () => {
    await handle.close()
  })

  async function takeTimes(ip: string, times: number, now: number) {
    const results = []
    for (let i = 0; i < times; i++) results.push(await takeSignInAttempt(handle.db, ip, now))
    return results
  }

  it('allows ten attempts in fifteen minutes and refuses the eleventh until the window moves', async () => {
    const ip = freshIp()
    const first10 = await takeTimes(ip, 10, T0 + MINUTE)
    expect(first10.every((r) => r.allowed)).toBe(true)

    expect(await takeSignInAttempt(handle.db, ip, T0 + 5 * MINUTE)).toEqual({
      allowed: false,
      retryAfterSeconds: 10 * 60,
    })
    expect(await takeSignInAttempt(handle.db, ip, T0 + 15 * MINUTE - 1)).toMatchObject({
      allowed: false,
    })
    expect(await takeSignInAttempt(handle.db, ip, T0 + 15 * MINUTE)).toEqual({ allowed: true })
  })

  it('counts each ip hash on its own', async () => {
    await takeTimes(freshIp(), 10, T0)
    expect(await takeSignInAttempt(handle.db, freshIp(), T0)).toEqual({ allowed: true })
  })

  it('does not count an attempt that was given back', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) {
      await takeSignInAttempt(handle.db, ip, T0)
      await returnSignInAttempt(handle.db, ip, T0)
    }
    const results = await takeTimes(ip, 10, T0)
    expect(results.every((r) => r.allowed)).toBe(true)
    expect(await takeSignInAttempt(handle.db, ip, T0)).toMatchObject({ allowed: false })
  })

  it('lets only ten of many concurrent attempts through', async () => {
    const ip = freshIp()
    const results = await Promise.all(
      Array.from({ length: 25 }, () => takeSignInAttempt(handle.db, ip, T0 + 2 * MINUTE)),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(10)
  })

  it('neither spends nor is spent by the contact form’s limit', async () => {
    const ip = freshIp()
    await takeTimes(ip, 10, T0)
    expect(await consumeRateLimit(handle.db, ip, T0)).toEqual({ allowed: true })
  })

  it('clears its counters once their window has passed', async () => {
    const ip = freshIp()
    await takeSignInAttempt(handle.db, ip, T0)
    await takeSignInAttempt(handle.db, freshIp(), T0 + 30 * MINUTE)
    const left = await handle.db
      .selectFrom('rate_limits')
      .select('bucket')
      .where('ip_hash', '=', ip)
      .execute()
    expect(left).toEqual([])
  })
})
