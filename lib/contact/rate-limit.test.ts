import { describe, expect, it } from 'vitest'
import { consumeRateLimit } from '@/lib/contact/rate-limit'
import { testDialects, useTestDb } from '@/lib/db/test-databases'

// Wall-clock times (UTC) make the window edges visible.
const at = (time: string, date = '2026-03-29') => Date.parse(`${date}T${time}Z`)

describe.each(testDialects)('rate limit on %s', (dialect) => {
  let n = 0
  const freshIp = () => `ip-${dialect}-${++n}`

  const handle = useTestDb(dialect)

  async function consumeTimes(ip: string, times: number, now: number) {
    const results = []
    for (let i = 0; i < times; i++) results.push(await consumeRateLimit(handle.db, ip, now))
    return results
  }

  const allowedCount = (results: { allowed: boolean }[]) => results.filter((r) => r.allowed).length

  it('refuses a sixth inquiry within ten minutes, even across a round hour', async () => {
    const ip = freshIp()
    expect(allowedCount(await consumeTimes(ip, 5, at('09:59:59')))).toBe(5)

    expect(await consumeRateLimit(handle.db, ip, at('10:00:01'))).toEqual({
      allowed: false,
      retryAfterSeconds: 9 * 60 + 58,
    })
    expect(await consumeRateLimit(handle.db, ip, at('10:09:58'))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    })
    expect(await consumeRateLimit(handle.db, ip, at('10:09:59'))).toEqual({ allowed: true })
  })

  it('frees one slot each time an inquiry turns ten minutes old', async () => {
    const ip = freshIp()
    await consumeTimes(ip, 1, at('09:52:00'))
    await consumeTimes(ip, 4, at('09:58:00'))

    expect(await consumeRateLimit(handle.db, ip, at('09:59:00'))).toEqual({
      allowed: false,
      retryAfterSeconds: 3 * 60,
    })
    expect(await consumeRateLimit(handle.db, ip, at('10:02:00'))).toEqual({ allowed: true })
    expect(await consumeRateLimit(handle.db, ip, at('10:02:30'))).toEqual({
      allowed: false,
      retryAfterSeconds: 5 * 60 + 30,
    })
  })

  it('allows twenty in any 24 hours, even across midnight', async () => {
    const ip = freshIp()
    for (const time of ['22:00:00', '22:10:00', '22:20:00', '22:30:00']) {
      expect(allowedCount(await consumeTimes(ip, 5, at(time)))).toBe(5)
    }

    expect(await consumeRateLimit(handle.db, ip, at('00:10:00', '2026-03-30'))).toEqual({
      allowed: false,
      retryAfterSeconds: (21 * 60 + 50) * 60,
    })
    expect(await consumeRateLimit(handle.db, ip, at('21:59:59', '2026-03-30'))).toMatchObject({
      allowed: false,
    })
    expect(await consumeRateLimit(handle.db, ip, at('22:00:00', '2026-03-30'))).toEqual({
      allowed: true,
    })
  })

  it('counts each ip hash on its own', async () => {
    await consumeTimes(freshIp(), 5, at('09:00:00'))
    expect(await consumeRateLimit(handle.db, freshIp(), at('09:00:00'))).toEqual({ allowed: true })
  })

  it('lets only five of many concurrent requests through', async () => {
    const ip = freshIp()
    const results = await Promise.all(
      Array.from({ length: 25 }, () => consumeRateLimit(handle.db, ip, at('09:02:00'))),
    )
    expect(allowedCount(results)).toBe(5)
  })

  it('lets only five through when two instances share the database', async () => {
    const ip = freshIp()
    const peer = handle.openPeer()
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        consumeRateLimit(i % 2 ? peer : handle.db, ip, at('09:02:00')),
      ),
    )
    expect(allowedCount(results)).toBe(5)
  })

  it('lets only the last daily slots through when many arrive at once', async () => {
    const ip = freshIp()
    for (const time of ['09:00:00', '09:10:00', '09:20:00']) await consumeTimes(ip, 5, at(time))
    await consumeTimes(ip, 3, at('09:30:00'))

    const results = await Promise.all(
      Array.from({ length: 6 }, () => consumeRateLimit(handle.db, ip, at('09:40:00'))),
    )
    expect(allowedCount(results)).toBe(2)
  })

  it('forgets inquiries once they are a day old', async () => {
    const ip = freshIp()
    await consumeRateLimit(handle.db, ip, at('09:00:00'))
    await consumeRateLimit(handle.db, freshIp(), at('09:00:00', '2026-03-30'))
    const left = await handle.db
      .selectFrom('rate_limit_events')
      .select('at')
      .where('ip_hash', '=', ip)
      .execute()
    expect(left).toEqual([])
  })
})
