import 'server-only'

// Production waits 30 s before the first retry and drains every 30 s. The resilience tests run a
// real server through an SMTP outage and can't wait minutes, so both can be shortened by env.

/** Delay before the first retry of a failed notification; later retries double it. */
export function outboxBackoffMs(): number {
  return positiveMs('OUTBOX_BACKOFF_MS', 30_000)
}

/** How often each server drains the outbox when no inquiry kicks it. */
export function outboxPollMs(): number {
  return positiveMs('OUTBOX_POLL_MS', 30_000)
}

function positiveMs(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}
