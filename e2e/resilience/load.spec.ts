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
import { postgresAvailable, postgresSiteDb, sqliteSiteDb, type SiteDb } from '../support/site-db'
import { siteServer } from '../support/site-server'

const CLIENTS = 200

const databases = [
  { name: 'SQLite', port: RESILIENCE_PORTS.loadSqlite, postgres: false },
  { name: 'PostgreSQL', port: RESILIENCE_PORTS.loadPostgres, postgres: true },
]

for (const database of databases) {
  test(`${CLIENTS} concurrent submissions on ${database.name}: each stored and mailed exactly once`, async () => {
    test.skip(
      database.postgres && !postgresAvailable,
      'set TEST_DATABASE_URL to run the PostgreSQL variant',
    )
    test.setTimeout(120_000)
    const dataDir = `.data/resilience-load-${database.name.toLowerCase()}`
    const smtp = await startTestSmtp()
    const db: SiteDb = database.postgres ? await postgresSiteDb() : sqliteSiteDb(dataDir)
    const server = siteServer({
      port: database.port,
      dataDir,
      databaseUrl: db.url,
      smtpUrl: smtp.url,
      env: { OUTBOX_POLL_MS: '1000' },
    })
    try {
      await server.start()
      const people = visitors(`load-${database.name.toLowerCase()}`, CLIENTS)
      const senders = await preparedSubmissions(server.baseUrl, people)

      const started = performance.now()
      const replies = await Promise.all(senders.map((send) => send()))
      const seconds = (performance.now() - started) / 1000
      test.info().annotations.push({
        type: 'throughput',
        description: `${CLIENTS} submissions in ${seconds.toFixed(2)} s (${(CLIENTS / seconds).toFixed(0)}/s) on ${database.name}`,
      })
      expect(replies.filter(accepted)).toHaveLength(CLIENTS)
      await expect
        .poll(() => smtp.messages.length, {
          timeout: 60_000,
          message: 'every notification delivered',
        })
        .toBeGreaterThanOrEqual(CLIENTS)
      const stored = await storedByEmail(db)
      expect(stored.rows).toHaveLength(CLIENTS)
      const delivered = deliveriesByReplyTo(smtp)
      for (const person of people) {
        expect(stored.counts.get(person.email), person.email).toBe(1)
        expect(delivered.get(person.email), person.email).toBe(1)
      }
      expect(smtp.messages).toHaveLength(CLIENTS)
      expect(stored.rows.every((row) => row.status === 'new' && row.outbox === 'sent')).toBe(true)
      expectNoPersonalData(server.output, people)
    } finally {
      await server.stop()
      await smtp.stop()
      await db.drop()
    }
  })
}
