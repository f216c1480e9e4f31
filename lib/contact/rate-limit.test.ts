import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consumeRateLimit } from '@/lib/contact/rate-limit'
import { T0 } from '@/lib/contact/test-fixtures'
import { openTestDb, testDialects, type TestDb } from '@/lib/db/test-databases'

const MINUTE = 60_000
// T0 is 09:00 UTC, the start of a 10-minute window.

describe.each(testDialects)('rate limit on %s', (dialect) => {
  let handle: TestDb
  let n = 0
  const freshIp = () => `ip-${dialect}-${++n}`

  beforeAll(async () => {
    handle = await openTestDb(dialect)
  })
  afterAll(async () => {
    await handle.close()
  })

  async function consumeTimes(ip: string, times: number, now: number) {
    const results = []
    for (let i = 0; i < times; i++) results.push(await consumeRateLimit(handle.db, ip, now))
    return results
  }

  it('allows five in ten minutes and refuses the sixth until the window moves on', async () => {
    const ip = freshIp()
    const first5 = await consumeTimes(ip, 5, T0 + MINUTE)
    expect(first5.every((r) => r.allowed)).toBe(true)

    expect(await consumeRateLimit(handle.db, ip, T0 + 4 * MINUTE)).toEqual({
      allowed: false,
      retryAfterSeconds: 6 * 60,
    })
    expect(await consumeRateLimit(handle.db, ip, T0 + 10 * MINUTE)).toEqual({ allowed: true })
  })

  it('counts each ip hash on its own', async () => {
    await consumeTimes(freshIp(), 5, T0)
    expect(await consumeRateLimit(handle.db, freshIp(), T0)).toEqual({ allowed: true })
  })

  it('allows twenty a day and then refuses until the next day', async () => {
    const ip = freshIp()
    for (let window = 0; window < 4; window++) {
      const results = await consumeTimes(ip, 5, T0 + window * 10 * MINUTE)
      expect(results.every((r) => r.allowed)).toBe(true)
    }
    const hoursToMidnight = 15
    expect(await consumeRateLimit(handle.db, ip, T0 + 60 * MINUTE)).toEqual({
      allowed: false,
      retryAfterSeconds: (hoursToMidnight * 60 - 60) * 60,
    })
    expect(await consumeRateLimit(handle.db, ip, T0 + hoursToMidnight * 60 * MINUTE)).toEqual({
      allowed: true,
    })
  })

  it('lets only five of many concurrent requests through', async () => {
    const ip = freshIp()
    const results = await Promise.all(
      Array.from({ length: 12 }, () => consumeRateLimit(handle.db, ip, T0 + 2 * MINUTE)),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(5)
  })

  it('lets only the last daily slots through when many arrive at once', async () => {
    const ip = freshIp()
    for (let window = 0; window < 3; window++) await consumeTimes(ip, 5, T0 + window * 10 * MINUTE)
    await consumeTimes(ip, 3, T0 + 30 * MINUTE)

    const results = await Promise.all(
      Array.from({ length: 6 }, () => consumeRateLimit(handle.db, ip, T0 + 40 * MINUTE)),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(2)
  })

  it('clears counters whose window has passed', async () => {
    const ip = freshIp()
    await consumeRateLimit(handle.db, ip, T0)
    await consumeRateLimit(handle.db, freshIp(), T0 + 2 * 24 * 60 * MINUTE)
    const left = await handle.db
      .selectFrom('rate_limits')
      .select('bucket')
      .where('ip_hash', '=', ip)
      .execute()
    expect(left).toEqual([])
  })
})
