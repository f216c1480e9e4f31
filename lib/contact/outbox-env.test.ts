import { afterEach, describe, expect, it, vi } from 'vitest'

import { outboxBackoffMs, outboxLeaseMs, outboxPollMs } from '@/lib/contact/outbox-env'

describe('outbox timings', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('keeps the production timings when nothing is set', () => {
    vi.stubEnv('OUTBOX_BACKOFF_MS', '')
    vi.stubEnv('OUTBOX_POLL_MS', '')
    vi.stubEnv('OUTBOX_LEASE_MS', '')
    expect([outboxBackoffMs(), outboxPollMs(), outboxLeaseMs()]).toEqual([30_000, 30_000, 120_000])
  })

  it('takes whole milliseconds from the environment', () => {
    vi.stubEnv('OUTBOX_BACKOFF_MS', '1000')
    vi.stubEnv('OUTBOX_POLL_MS', '250')
    vi.stubEnv('OUTBOX_LEASE_MS', '3000')
    expect([outboxBackoffMs(), outboxPollMs(), outboxLeaseMs()]).toEqual([1_000, 250, 3_000])
  })

  it('ignores values that are not a positive number of milliseconds', () => {
    for (const value of ['0', '-5', '1.5', 'soon']) {
      vi.stubEnv('OUTBOX_LEASE_MS', value)
      expect(outboxLeaseMs(), value).toBe(120_000)
    }
  })
})
