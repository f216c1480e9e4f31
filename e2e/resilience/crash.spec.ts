import { expect, test } from '@playwright/test'

import { RESILIENCE_PORTS } from '../support/env'
import {
  accepted,
  deliveriesByReplyTo,
  preparedSubmissions,
  startTestSmtp,
  storedByEmail,
  visitors,
} from '../support/resilience'
import { postgresAvailable, postgresSiteDb, sqliteSiteDb, type SiteDb } from '../support/site-db'
import { siteServer } from '../support/site-server'

const CLIENTS = 60
const IN_FLIGHT = 6
const CRASH_AFTER = 20

const databases = [
  { name: 'SQLite', port: RESILIENCE_PORTS.crash, postgres: false },
  { name: 'PostgreSQL', port: RESILIENCE_PORTS.crashPostgres, postgres: true },
]

for (const database of databases) {
  test(`kill -9 during a stream of submissions on ${database.name}: every success kept, none stored twice, all mailed after restart`, async () => {
    test.skip(
      database.postgres && !postgresAvailable,
      'set TEST_DATABASE_URL to run the PostgreSQL variant',
    )
    // Short retry, drain and lease timings: the dead process's claimed rows come due in seconds.
    test.setTimeout(240_000)
    const dataDir = `.data/resilience-crash-${database.name.toLowerCase()}`
    const db: SiteDb = database.postgres ? await postgresSiteDb() : sqliteSiteDb(dataDir)
    const smtp = await startTestSmtp()
    const server = siteServer({
      port: database.port,
      dataDir,
      databaseUrl: db.url,
      smtpUrl: smtp.url,
      env: { OUTBOX_LEASE_MS: '3000', OUTBOX_POLL_MS: '500', OUTBOX_BACKOFF_MS: '1000' },
    })
    try {
      await server.start()
      const people = visitors(`crash-${database.name.toLowerCase()}`, CLIENTS)
      const senders = await preparedSubmissions(server.baseUrl, people)

      // A stream of IN_FLIGHT submissions at a time, cut by kill -9 once CRASH_AFTER have succeeded.
      const outcome: ('accepted' | 'refused' | 'no answer' | undefined)[] = []
      let next = 0
      let crashed = false
      const stream = async () => {
        while (!crashed && next < CLIENTS) {
          const i = next++
          outcome[i] = await senders[i]!().then(
            (reply) => (accepted(reply) ? 'accepted' : 'refused'),
            () => 'no answer' as const,
          )
        }
      }
      const crash = async () => {
        await expect
          .poll(() => outcome.filter((o) => o === 'accepted').length, { timeout: 60_000 })
          .toBeGreaterThanOrEqual(CRASH_AFTER)
        crashed = true
        await server.crash()
      }
      await Promise.all([crash(), ...Array.from({ length: IN_FLIGHT }, stream)])
      const acceptedBeforeCrash = people.filter((_, i) => outcome[i] === 'accepted')
      expect(outcome).not.toContain('refused')

      await server.start()
      const afterRestart = await storedByEmail(db)
      for (const person of acceptedBeforeCrash) {
        expect(afterRestart.counts.get(person.email), person.email).toBe(1)
      }

      // Everyone without a success sends the same page again, as a person retrying would; a request
      // the crash cut off after its commit is recognised by its submission id, not stored twice.
      const retried = await Promise.all(
        people.map((_, i) => (outcome[i] === 'accepted' ? null : senders[i]!())),
      )
      expect(retried.filter((reply) => reply && !accepted(reply))).toEqual([])

      const stored = await storedByEmail(db)
      expect(stored.rows).toHaveLength(CLIENTS)
      for (const person of people) expect(stored.counts.get(person.email), person.email).toBe(1)

      await expect
        .poll(() => deliveriesByReplyTo(smtp).size, { timeout: 200_000, message: 'all mailed' })
        .toBe(CLIENTS)
      const delivered = deliveriesByReplyTo(smtp)
      for (const person of people)
        expect(delivered.get(person.email), person.email).toBeGreaterThan(0)
      // The drainer sends one mail at a time: only the one in flight at the kill can go out twice
      // (sent, but its "sent" mark never written).
      expect(smtp.messages.length - CLIENTS).toBeLessThanOrEqual(1)
    } finally {
      await server.stop()
      await smtp.stop()
      await db.drop()
    }
  })
}
