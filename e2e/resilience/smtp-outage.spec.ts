import { expect, test } from '@playwright/test'

import { RESILIENCE_PORTS } from '../support/env'
import {
  accepted,
  deliveriesByReplyTo,
  expectNoPersonalData,
  preparedSubmissions,
  startTestSmtp,
  storedByEmail,
  visitors,
} from '../support/resilience'
import { sqliteSiteDb } from '../support/site-db'
import { siteServer, type LogLine } from '../support/site-server'

const CLIENTS = 5
const BACKOFF_MS = 1_000

test('SMTP refusing connections for a while: each notification delivered once, retried with backoff', async () => {
  test.setTimeout(300_000)
  const dataDir = '.data/resilience-smtp-outage'
  const db = sqliteSiteDb(dataDir)
  const smtp = await startTestSmtp()
  // Nothing listens on the mail port: every connection is refused.
  await smtp.stop()
  const server = siteServer({
    port: RESILIENCE_PORTS.smtpOutage,
    dataDir,
    smtpUrl: smtp.url,
    env: { OUTBOX_BACKOFF_MS: String(BACKOFF_MS), OUTBOX_POLL_MS: '250' },
  })
  try {
    await server.start()
    const people = visitors('smtp-outage', CLIENTS)
    const senders = await preparedSubmissions(server.baseUrl, people)
    const replies = await Promise.all(senders.map((send) => send()))
    expect(replies.filter(accepted)).toHaveLength(CLIENTS)

    // The outage lasts until every notification has failed twice, then the mail server is back.
    const failures = () => server.logs().filter((l) => l.msg === 'inquiry notification failed')
    await expect
      .poll(() => failures().filter((l) => l.attempt === 2).length, { timeout: 120_000 })
      .toBe(CLIENTS)
    await smtp.start()

    await expect.poll(() => deliveriesByReplyTo(smtp).size, { timeout: 150_000 }).toBe(CLIENTS)
    const delivered = deliveriesByReplyTo(smtp)
    for (const person of people) expect(delivered.get(person.email), person.email).toBe(1)
    expect(smtp.messages).toHaveLength(CLIENTS)

    const stored = await storedByEmail(db)
    expect(stored.rows.map((row) => row.outbox)).toEqual(Array(CLIENTS).fill('sent'))
    for (const [inquiryId, attempts] of attemptTimes(server.logs())) {
      // Attempt n+1 waits the n-th retry delay: 1 s, then 2 s, then 4 s… Log lines are written
      // when an attempt ends, and a refused connection takes a varying few ms to fail, so the
      // gaps are allowed a fifth less: still far from retrying at once or at a fixed pace.
      for (let n = 1; n < attempts.length; n++) {
        const gap = attempts[n]! - attempts[n - 1]!
        expect(gap, `inquiry ${inquiryId}, attempt ${n + 1}`).toBeGreaterThanOrEqual(
          BACKOFF_MS * 2 ** (n - 1) * 0.8,
        )
      }
    }
    expectNoPersonalData(server.output, people)
  } finally {
    await server.stop()
    await smtp.stop()
  }
})

/** When each inquiry's notification was tried, failures then the send, from the structured log. */
function attemptTimes(logs: LogLine[]): Map<unknown, number[]> {
  const times = new Map<unknown, number[]>()
  for (const line of logs) {
    if (line.msg !== 'inquiry notification failed' && line.msg !== 'inquiry notification sent')
      continue
    times.set(line.inquiryId, [...(times.get(line.inquiryId) ?? []), line.time])
  }
  expect(times.size).toBe(CLIENTS)
  for (const attempts of times.values()) expect(attempts.length).toBeGreaterThanOrEqual(3)
  return times
}
