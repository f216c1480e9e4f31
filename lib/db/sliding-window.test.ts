import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consumeSlot, returnSlot } from '@/lib/db/sliding-window'
import type { ConsumeJob } from '@/lib/db/test-consume-process'
import { openTestDb, testDialects, useTestDb, type TestDb } from '@/lib/db/test-databases'

const MINUTE = 60_000
const T = Date.parse('2026-03-29T09:00:00Z')
const perMinute = { windowMs: MINUTE, max: 2 }
const perHour = { windowMs: 60 * MINUTE, max: 3 }

describe.each(testDialects)('sliding window on %s', (dialect) => {
  let n = 0
  const freshIp = () => `ip-${dialect}-${++n}`

  const handle = useTestDb(dialect)

  it('reports the wait until every full window has room', async () => {
    const ip = freshIp()
    for (const now of [T, T + 50_000, T + 65_000]) {
      expect(await consumeSlot(handle.db, 'contact', ip, now, [perMinute, perHour])).toEqual({
        allowed: true,
      })
    }
    // Both are full: the minute has room again at T + 110 s, the hour only at T + 60 min.
    expect(await consumeSlot(handle.db, 'contact', ip, T + 70_000, [perMinute, perHour])).toEqual({
      allowed: false,
      retryAfterSeconds: 60 * 60 - 70,
    })
  })

  it('records nothing for a refused attempt', async () => {
    const ip = freshIp()
    for (let i = 0; i < 5; i++) await consumeSlot(handle.db, 'contact', ip, T, [perMinute])
    expect(await consumeSlot(handle.db, 'contact', ip, T + MINUTE, [perMinute])).toEqual({
      allowed: true,
    })
  })

  it('takes back one event per return, never another scope’s', async () => {
    const ip = freshIp()
    await consumeSlot(handle.db, 'contact', ip, T, [perMinute])
    await consumeSlot(handle.db, 'signin', ip, T, [perMinute])
    await consumeSlot(handle.db, 'signin', ip, T, [perMinute])

    await returnSlot(handle.db, 'signin', ip, T)
    const left = await handle.db
      .selectFrom('rate_limit_events')
      .select('scope')
      .where('ip_hash', '=', ip)
      .orderBy('scope')
      .execute()
    expect(left).toEqual([{ scope: 'contact' }, { scope: 'signin' }])
  })
})

describe('sliding window across processes on sqlite', () => {
  let handle: TestDb

  beforeAll(async () => {
    handle = await openTestDb('sqlite')
  })
  afterAll(async () => {
    await handle.close()
  })

  it('lets exactly the limit through when three processes consume at once', async () => {
    const job: ConsumeJob = {
      sqlitePath: await sqliteFile(handle),
      ipHash: 'ip-shared-by-processes',
      now: T,
      limit: { windowMs: 10 * MINUTE, max: 5 },
      attempts: 20,
    }

    const allowed = await runTogether(3, job)

    expect(allowed.reduce((sum, n) => sum + n, 0)).toBe(5)
  })
})

async function sqliteFile(handle: TestDb): Promise<string> {
  const { rows } = await sql<{
    file: string
  }>`select file from pragma_database_list where name = 'main'`.execute(handle.db)
  const file = rows[0]?.file
  if (!file) throw new Error('expected a file-backed SQLite database')
  return file
}

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
const script = fileURLToPath(new URL('./test-consume-process.ts', import.meta.url))

/** Starts `count` processes, lets them all connect, then releases them at once. */
async function runTogether(count: number, job: ConsumeJob): Promise<number[]> {
  const children = Array.from({ length: count }, () =>
    spawn(tsx, ['--conditions=react-server', script, JSON.stringify(job)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  )
  const outputs = children.map((child) => {
    const chunks: string[] = []
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk))
    return chunks
  })
  const exits = children.map((child) => once(child, 'exit') as Promise<[number | null]>)

  await Promise.all(children.map((child) => waitForLine(child.stdout, 'ready')))
  for (const child of children) child.stdin.write('go\n')

  const codes = (await Promise.all(exits)).map(([code]) => code)
  expect(codes).toEqual(children.map(() => 0))
  return outputs.map((chunks) => Number(chunks.join('').trim().split('\n').at(-1)))
}

function waitForLine(stream: NodeJS.ReadableStream, line: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = ''
    const onData = (chunk: string) => {
      seen += chunk
      if (seen.split('\n').includes(line)) {
        stream.off('data', onData)
        resolve()
      }
    }
    stream.on('data', onData)
  })
}
