// Contact load: distinct no-JS visitors submitting the real form through the server action, with
// notifications really sent to a loopback SMTP server. Every form is fetched first and the
// minimum fill time waited out once, so the measured window is the submissions alone.
import { startTestSmtp } from '../../lib/contact/test-smtp'
import { showForm, submitForm, visitorIp, type ShownForm } from './contact-client'
import { postgresDb, sqliteDb, type BenchDb } from './contact-db'
import { mapPool, percentile } from './pool'
import { startSite, type Site } from './site'

const MIN_FILL_MS = 3_000
/** Visitors submitting at the same moment. */
export const CONTACT_CONCURRENCY = 10

export type ContactResult = {
  dialect: 'sqlite' | 'postgres'
  submissions: number
  /** Every submission of the run, warm-up included: what the database and the SMTP server must hold. */
  expected: number
  submissionsPerSecond: number
  p50Ms: number
  p99Ms: number
  storedInquiries: number
  emailsReceived: number
  /** From the end of the load until the last notification reached the SMTP server. */
  mailDrainMs: number
  rssIdleMb: number
  rssAfterLoadMb: number
}

let visitors = 0

async function submitBatch(site: Site, count: number) {
  const forms = await mapPool(Array.from({ length: count }), CONTACT_CONCURRENCY, () =>
    showForm(site.url, visitorIp(++visitors)),
  )
  const newest = Math.max(...forms.map((form: ShownForm) => form.shownAt))
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, newest + MIN_FILL_MS + 100 - Date.now())),
  )
  const startedAt = performance.now()
  const latencies = await mapPool(forms, CONTACT_CONCURRENCY, (form, i) =>
    submitForm(site.url, form, i),
  )
  return { seconds: (performance.now() - startedAt) / 1000, latencies }
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!condition() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

export async function benchContact(
  root: string,
  port: number,
  dialect: ContactResult['dialect'],
  durationSeconds: number,
): Promise<ContactResult> {
  const smtp = await startTestSmtp()
  const db: BenchDb = dialect === 'postgres' ? await postgresDb() : sqliteDb()
  const site = await startSite(root, port, {
    ...db.env,
    SMTP_URL: smtp.url,
    CONTACT_TO: 'team@bench.example',
    CONTACT_FROM: 'Modder Coder <site@bench.example>',
  })
  try {
    const rssIdle = site.rss()
    // A short round warms the server and tells how many forms fill the measured window.
    const warm = await submitBatch(site, 100)
    const count = Math.min(
      20_000,
      Math.max(100, Math.round((100 / warm.seconds) * durationSeconds)),
    )
    const run = await submitBatch(site, count)
    const loadEnded = Date.now()
    const total = 100 + count
    await waitFor(() => smtp.messages.length >= total, 120_000)
    const mailDrainMs = Date.now() - loadEnded
    const sorted = [...run.latencies].sort((a, b) => a - b)
    return {
      dialect,
      submissions: count,
      expected: total,
      submissionsPerSecond: Math.round((count / run.seconds) * 10) / 10,
      p50Ms: Math.round(percentile(sorted, 50)),
      p99Ms: Math.round(percentile(sorted, 99)),
      storedInquiries: await db.countInquiries(),
      emailsReceived: smtp.messages.length,
      mailDrainMs,
      rssIdleMb: mb(rssIdle),
      rssAfterLoadMb: mb(site.rss()),
    }
  } finally {
    await site.stop()
    await smtp.stop()
    await db.remove()
  }
}
