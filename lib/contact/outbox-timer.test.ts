import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BATCH_SIZE, MAX_BATCHES } from '@/lib/contact/outbox'
import { kickOutbox, startOutboxTimer } from '@/lib/contact/outbox-timer'
import { createInquiry } from '@/lib/contact/store'
import { sampleInput, sampleMeta } from '@/lib/contact/test-fixtures'
import { startTestSmtp, type TestSmtp } from '@/lib/contact/test-smtp'
import { closeDb, getDb } from '@/lib/db'

// The app's own wiring: the process database from DATA_DIR and the transport from SMTP_URL.
let smtp: TestSmtp
let dataDir: string

beforeAll(async () => {
  smtp = await startTestSmtp()
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'modder-timer-'))
  vi.stubEnv('DATA_DIR', dataDir)
  vi.stubEnv('DATABASE_URL', '')
  vi.stubEnv('SMTP_URL', smtp.url)
})
afterAll(async () => {
  await closeDb()
  await smtp.stop()
  vi.unstubAllEnvs()
  await rm(dataDir, { recursive: true, force: true })
})

async function storeInquiry(name: string) {
  await createInquiry(await getDb(), { ...sampleInput, name }, sampleMeta({ now: Date.now() }))
}

describe('background delivery', () => {
  it('sends a just-stored inquiry when kicked', async () => {
    await storeInquiry('Kicked Visitor')
    await kickOutbox()
    expect(smtp.messages.map((m) => m.headers.get('subject'))).toEqual([
      'New inquiry from Kicked Visitor',
    ])
  })

  it('sends on its own every interval once started', async () => {
    const stop = startOutboxTimer({ intervalMs: 20 })
    expect(stop).toBeTypeOf('function')
    await storeInquiry('Timed Visitor')
    await vi.waitFor(() => expect(smtp.messages).toHaveLength(2), { timeout: 5_000 })
    stop?.()
  })

  it('keeps draining a backlog bigger than one drain after one kick, without the timer', async () => {
    const before = smtp.messages.length
    const backlog = MAX_BATCHES * BATCH_SIZE + 25
    for (let i = 0; i < backlog; i++) await storeInquiry(`Backlog Visitor ${i}`)
    await kickOutbox()
    await vi.waitFor(() => expect(smtp.messages.length - before).toBe(backlog), { timeout: 20_000 })
    const subjects = smtp.messages.slice(before).map((m) => m.headers.get('subject'))
    expect(new Set(subjects).size).toBe(backlog)
  })
})
