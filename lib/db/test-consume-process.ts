// Another process taking slots from the same SQLite file, for sliding-window.test.ts. Run as
// `tsx --conditions=react-server lib/db/test-consume-process.ts '<ConsumeJob JSON>'`: it prints
// "ready" once connected, starts on a line from stdin (so peers start together), then prints
// how many of its attempts were allowed.
import { once } from 'node:events'
import { createDb } from '@/lib/db/connect'
import { consumeSlot, type SlidingLimit } from '@/lib/db/sliding-window'

export interface ConsumeJob {
  sqlitePath: string
  ipHash: string
  now: number
  limit: SlidingLimit
  attempts: number
}

async function main() {
  const job = JSON.parse(process.argv[2] ?? '') as ConsumeJob
  const db = createDb({ sqlitePath: job.sqlitePath })
  try {
    await db.selectFrom('rate_limit_events').select('id').limit(1).execute()
    process.stdout.write('ready\n')
    await once(process.stdin, 'data')

    const results = await Promise.all(
      Array.from({ length: job.attempts }, () =>
        consumeSlot(db, 'contact', job.ipHash, job.now, [job.limit]),
      ),
    )
    process.stdout.write(`${results.filter((r) => r.allowed).length}\n`)
  } finally {
    await db.destroy()
    process.stdin.destroy()
  }
}

void main()
