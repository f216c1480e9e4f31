import 'server-only'

// Production waits 30 s before the first retry, drains every 30 s, and leaves a crashed drainer's
// claim for 2 minutes. The resilience tests run a real server through an SMTP outage and a
// `kill -9` and can't wait minutes, so each can be shortened by env.

/** Delay before the first retry of a failed notification; later retries double it. */
export function outboxBackoffMs(): number {
  return positiveMs('OUTBOX_BACKOFF_MS', 30_000)
}

/** How often each server drains the outbox when no inquiry kicks it. */
export function outboxPollMs(): number {
  return positiveMs('OUTBOX_POLL_MS', 30_000)
}

/**
 * How long a drainer's claim on a row holds; a crashed drainer's rows wait this long. In
 * production it must outlast one send's SMTP timeouts (40 s at most), or a slow send is repeated.
 */
export function outboxLeaseMs(): number {
  return positiveMs('OUTBOX_LEASE_MS', 120_000)
}

function positiveMs(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}
