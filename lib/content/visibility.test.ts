import { afterEach, describe, expect, it, vi } from 'vitest'

import { isListed, isReachable, statusOf, willBeListed } from './visibility'

const at = (iso: string) => new Date(iso)
const article = (date: string, draft = false) => ({ date, draft })

describe('scheduling by date', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('publishes an article at 00:00 UTC on its date, not a moment before', () => {
    const scheduled = article('2026-12-08')
    expect(statusOf(scheduled, at('2026-12-07T23:59:59.999Z'))).toBe('scheduled')
    expect(statusOf(scheduled, at('2026-12-08T00:00:00.000Z'))).toBe('published')
    expect(statusOf(scheduled, at('2027-01-01T12:00:00Z'))).toBe('published')
  })

  it('lists only published articles', () => {
    const now = at('2026-11-27T12:00:00Z')
    expect(isListed(article('2026-11-27'), now)).toBe(true)
    expect(isListed(article('2026-11-28'), now)).toBe(false)
    expect(isListed(article('2026-01-01', true), now)).toBe(false)
  })

  it('keeps a draft a draft whatever its date', () => {
    expect(statusOf(article('2020-01-01', true), at('2030-01-01T00:00:00Z'))).toBe('draft')
    expect(willBeListed(article('2020-01-01', true))).toBe(false)
    expect(willBeListed(article('2099-01-01'))).toBe(true)
  })

  it('reaches drafts and scheduled articles only in a preview', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const now = at('2026-11-27T12:00:00Z')
    for (const hidden of [article('2026-12-08'), article('2026-01-01', true)]) {
      expect(isReachable(hidden, { now })).toBe(false)
      expect(isReachable(hidden, { now, preview: true })).toBe(true)
    }
    expect(isReachable(article('2026-11-01'), { now })).toBe(true)
    vi.stubEnv('NODE_ENV', 'development')
    expect(isReachable(article('2026-12-08'), { now })).toBe(true)
  })

  it('reads "now" from CONTENT_CLOCK_FILE when a test sets one', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const file = `${await mkdtemp(`${tmpdir()}/clock-`)}/now`
    await writeFile(file, '2026-12-08T00:00:00Z\n')
    vi.stubEnv('CONTENT_CLOCK_FILE', file)
    expect(statusOf(article('2026-12-08'))).toBe('published')
    await writeFile(file, '2026-12-07T23:00:00Z')
    expect(statusOf(article('2026-12-08'))).toBe('scheduled')
    await writeFile(file, 'next tuesday')
    expect(() => statusOf(article('2026-12-08'))).toThrow('not an ISO date-time')
  })
})
