import 'server-only'
import { getMailTransport } from '@/lib/contact/mailer'
import { outboxPollMs } from '@/lib/contact/outbox-env'
import { drainOutbox, type DrainOptions, type DrainResult } from '@/lib/contact/outbox'
import { getDb } from '@/lib/db'
import { log } from '@/lib/log'

export type BackgroundDrainOptions = Pick<DrainOptions, 'siteUrl' | 'articleTitle'>

interface TimerState {
  timer?: NodeJS.Timeout
  running?: Promise<void>
  again?: boolean
}

// On globalThis so Next dev's hot reload doesn't start a second timer per edit.
const state = ((
  globalThis as typeof globalThis & { __modderCoderOutbox?: TimerState }
).__modderCoderOutbox ??= {})

/**
 * Drains the outbox every `intervalMs` in this process; returns a stop function, or null when
 * SMTP_URL is not set. Call it once at server start (instrumentation.ts `register`).
 */
export function startOutboxTimer({
  intervalMs = outboxPollMs(),
  ...options
}: BackgroundDrainOptions & { intervalMs?: number } = {}): (() => void) | null {
  if (!getMailTransport()) return null
  if (!state.timer) {
    state.timer = setInterval(() => void kickOutbox(options), intervalMs)
    // The timer alone must not keep a script or test process alive.
    state.timer.unref()
  }
  return () => {
    clearInterval(state.timer)
    state.timer = undefined
  }
}

/**
 * Drains now, without waiting for the timer: call it after storing an inquiry (`after(kickOutbox)`)
 * so the email leaves within seconds. Never rejects; a drain already running runs once more.
 * A backlog bigger than one drain (after a burst, or SMTP back from an outage) goes on draining
 * while sends succeed, instead of a batch per timer tick; failed sends wait out their backoff.
 */
export function kickOutbox(options: BackgroundDrainOptions = {}): Promise<void> {
  if (state.running) {
    state.again = true
    return state.running
  }
  state.running = drainInBackground(options).then((result) => {
    state.running = undefined
    const backlog = result !== null && result.sent > 0 && result.remaining > 0
    if (state.again || backlog) {
      state.again = false
      void kickOutbox(options)
    }
  })
  return state.running
}

/** Never rejects: a failed drain is logged, and null, like a drain without SMTP. */
async function drainInBackground(options: BackgroundDrainOptions): Promise<DrainResult | null> {
  const transport = getMailTransport()
  if (!transport) return null
  try {
    const result = await drainOutbox(await getDb(), { ...options, transport })
    if (result.sent || result.failed) log.info(result, 'outbox drained')
    return result
  } catch (error) {
    log.error({ err: error }, 'outbox drain failed')
    return null
  }
}
