// Sends every due inquiry notification now and prints what happened: `tsx --conditions=react-server scripts/outbox-flush.ts`.
// Safe while the server runs: drainers claim rows, so nothing is mailed twice.
import { getMailTransport } from '@/lib/contact/mailer'
import { drainOutbox } from '@/lib/contact/outbox'
import { closeDb, getDb } from '@/lib/db'

async function main() {
  const transport = getMailTransport()
  if (!transport) {
    console.error('SMTP_URL is not set: nothing can be sent')
    process.exitCode = 1
    return
  }
  const db = await getDb()
  const total = { sent: 0, failed: 0, remaining: 0 }
  try {
    // Failed rows are pushed into the future, so each pass shrinks what is due; stop when a pass does nothing.
    for (;;) {
      const pass = await drainOutbox(db, { transport })
      total.sent += pass.sent
      total.failed += pass.failed
      total.remaining = pass.remaining
      if (pass.remaining === 0 || pass.sent + pass.failed === 0) break
    }
  } finally {
    transport.close()
    await closeDb()
  }
  console.log(`sent ${total.sent}, failed ${total.failed}, still due ${total.remaining}`)
  if (total.failed > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error('Outbox flush failed:', error instanceof Error ? error.message : error)
  process.exitCode = 1
})
