import 'server-only'

import { outboxHealth, type OutboxHealth } from '@/lib/contact/outbox-queue'
import { checkDb, getDb, pendingMigrations, type DbHealth } from '@/lib/db'
import { log } from '@/lib/log'

export type Health =
  | { status: 'ok'; database: DbHealth; migrations: { pending: string[] }; outbox: OutboxHealth }
  | { status: 'unavailable'; reason: string }

/**
 * What a load balancer needs to decide whether to send this instance traffic: the database
 * answers and its schema is current. The outbox backlog is reported, not judged: a dead SMTP
 * server must not take the site (and its contact form, which still stores leads) out of rotation.
 */
export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb()
    const [database, pending, outbox] = await Promise.all([
      checkDb(db),
      pendingMigrations(db),
      outboxHealth(db),
    ])
    if (pending.length > 0)
      return { status: 'unavailable', reason: `pending migrations: ${pending.join(', ')}` }
    return { status: 'ok', database, migrations: { pending }, outbox }
  } catch (error) {
    // The details (hosts, ports, driver messages) go to the log, not to whoever asks.
    log.error({ err: error }, 'health check failed')
    return { status: 'unavailable', reason: 'database unreachable' }
  }
}
