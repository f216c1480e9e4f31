import { readFileSync } from 'node:fs'

/**
 * The instant publication is judged against. Normally the real time; `CONTENT_CLOCK_FILE` names a
 * file holding an ISO instant that replaces it, read on every call, so a test can move a running
 * server's clock past a scheduled date without restarting it. An unreadable or invalid file is an
 * error, never a silent fall back to the real time a test did not mean.
 */
export function currentTime(): Date {
  const file = process.env.CONTENT_CLOCK_FILE
  if (!file) return new Date()
  const text = readFileSync(file, 'utf8').trim()
  const instant = new Date(text)
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`CONTENT_CLOCK_FILE ${file} holds "${text}", not an ISO date-time`)
  }
  return instant
}
