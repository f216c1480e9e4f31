import { expect } from '@playwright/test'

import { startTestSmtp, type TestSmtp } from '../../lib/contact/test-smtp'
import {
  contactBody,
  openContactForm,
  submitContact,
  waitOutFillTime,
  type ContactReply,
} from './contact-http'
import { visitor } from './inquiries'
import type { SiteDb } from './site-db'

export { startTestSmtp, type TestSmtp }

export type Visitor = ReturnType<typeof visitor> & { name: string }

export const visitors = (label: string, count: number): Visitor[] =>
  Array.from({ length: count }, (_, i) => ({ ...visitor(label), name: `Visitor ${i + 1}` }))

export const validMessage =
  'We run a two-year-old SaaS on one Postgres instance and releases keep getting slower.'

/**
 * Opens the form for every visitor (a few pages at a time, as browsers arriving would), waits out
 * the minimum fill time once for all of them, then returns a sender per visitor.
 */
export async function preparedSubmissions(baseUrl: string, people: Visitor[]) {
  const forms = await inBatches(people, 20, (person) => openContactForm(baseUrl, person.ip))
  await waitOutFillTime(forms[0]!)
  return people.map((person, i) => () => {
    const body = contactBody(forms[i]!, {
      name: person.name,
      email: person.email,
      message: validMessage,
    })
    return submitContact(baseUrl, person.ip, body)
  })
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = []
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))))
  }
  return results
}

/** How many notifications the SMTP server received for each reply-to address. */
export function deliveriesByReplyTo(smtp: TestSmtp): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mail of smtp.messages) {
    const address = /<([^>]+)>/.exec(mail.headers.get('reply-to') ?? '')?.[1] ?? ''
    counts.set(address, (counts.get(address) ?? 0) + 1)
  }
  return counts
}

/** Inquiries stored per email address, with their notification's state. */
export async function storedByEmail(db: SiteDb) {
  const rows = await db.rows<{ email: string; status: string; outbox: string | null }>(
    `select i.email, i.status, o.status as outbox
       from inquiries i left join outbox o on o.inquiry_id = i.id`,
  )
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.email, (counts.get(row.email) ?? 0) + 1)
  return { rows, counts }
}

/** The server's log names no visitor: no email, no raw address, no message text. */
export function expectNoPersonalData(output: string[], people: Visitor[]) {
  const text = output.join('\n')
  for (const person of people) {
    expect(text).not.toContain(person.email)
    expect(text).not.toContain(person.ip)
  }
  expect(text).not.toContain(validMessage.slice(0, 30))
}

export const accepted = (reply: ContactReply) => reply.status === 200 && reply.received
