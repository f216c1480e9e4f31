import { expect, test } from '@playwright/test'

import {
  contactBody,
  openContactForm,
  submitContact,
  waitOutFillTime,
} from '../support/contact-http'
import { RESILIENCE_PORTS } from '../support/env'
import {
  accepted,
  expectNoPersonalData,
  startTestSmtp,
  validMessage,
  visitors,
  type TestSmtp,
} from '../support/resilience'
import { sqliteSiteDb } from '../support/site-db'
import { siteServer, type SiteServer } from '../support/site-server'

const dataDir = '.data/resilience-hostile'
const db = sqliteSiteDb(dataDir)
let smtp: TestSmtp
let server: SiteServer

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  smtp = await startTestSmtp()
  server = siteServer({ port: RESILIENCE_PORTS.hostile, dataDir, smtpUrl: smtp.url })
  await server.start()
})
test.afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

/** A multipart body built by hand, so a field can carry bytes no browser API would send. */
function rawMultipart(fields: [string, string | Buffer][]) {
  const boundary = `----resilience${Date.now()}`
  const parts = fields.flatMap(([name, value]) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from('\r\n'),
  ])
  const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)])
  return { body: new Blob([body]), contentType: `multipart/form-data; boundary=${boundary}` }
}

const hostile: {
  label: string
  name: string | Buffer
  email?: string
  message?: string
  error: string
}[] = [
  {
    label: 'a CRLF in the name (a header injection attempt)',
    name: 'Ada\r\nBcc: everyone@example.com',
    error: 'Your name can’t contain line breaks or control characters',
  },
  {
    label: 'NUL bytes in the name and message',
    name: 'Ada\u0000Lovelace',
    message: `${validMessage}\u0000`,
    error: 'Your message contains a character that can’t be sent (NUL); remove it',
  },
  {
    label: 'a 10,000-character email',
    name: 'Ada',
    email: `${'a'.repeat(9_988)}@example.com`,
    error: 'An email address can be at most 254 characters',
  },
  {
    label: 'invalid UTF-8 bytes in the name',
    name: Buffer.from([0x41, 0x64, 0x61, 0xff, 0xfe, 0xc3]),
    error: 'Your name has characters we could not read (a broken encoding); type it again',
  },
]

test('hostile fields get a form error on the page, and nothing is stored or sent', async () => {
  const people = visitors('hostile', hostile.length)
  const forms = await Promise.all(
    people.map((person) => openContactForm(server.baseUrl, person.ip)),
  )
  await waitOutFillTime(forms[0]!)
  for (const [i, attack] of hostile.entries()) {
    const person = people[i]!
    const email = attack.email ?? person.email
    const { body, contentType } = rawMultipart([
      ...forms[i]!.fields,
      ['website', ''],
      ['name', attack.name],
      ['email', email],
      ['message', attack.message ?? validMessage],
    ])
    const reply = await submitContact(server.baseUrl, person.ip, body, {
      'content-type': contentType,
    })
    expect(reply.status, attack.label).toBe(200)
    expect(reply.received, attack.label).toBe(false)
    expect(reply.errors, attack.label).toContain(attack.error)
    expect(
      await db.rows('select id from inquiries where email = ?', [email]),
      attack.label,
    ).toEqual([])
  }
  expect(smtp.messages).toEqual([])
  expectNoPersonalData(server.output, people)
})

test('a multi-megabyte body is refused with 413 before it is read, and the server stays up', async () => {
  const [person] = visitors('oversized', 1)
  const form = await openContactForm(server.baseUrl, person!.ip)
  const body = contactBody(form, {
    name: 'Ada',
    email: person!.email,
    message: 'm'.repeat(3_000_000),
  })
  const reply = await submitContact(server.baseUrl, person!.ip, body)
  expect(reply.status).toBe(413)
  expect(reply.html).toContain('Nothing was sent or stored')
  expect(await db.rows('select id from inquiries where email = ?', [person!.email])).toEqual([])
})

test('a truncated multipart body is refused with a 400 that says so, without a row', async () => {
  const [person] = visitors('malformed', 1)
  const form = await openContactForm(server.baseUrl, person!.ip)
  const { body, contentType } = rawMultipart([...form.fields, ['email', person!.email]])
  const truncated = (await body.arrayBuffer()).slice(0, -20)
  const reply = await submitContact(server.baseUrl, person!.ip, new Blob([truncated]), {
    'content-type': contentType,
  })
  // Refused before Next reads it (which would answer a bare 500), with a page that says why.
  expect(reply.status).toBe(400)
  expect(reply.html).toContain('it arrived broken. Nothing was sent or stored')
  expect(reply.received).toBe(false)
  expect(await db.rows('select id from inquiries where email = ?', [person!.email])).toEqual([])
})

test('after all of that a visitor still gets through, and a flood from one address is refused and logged', async () => {
  const [person] = visitors('after-hostile', 1)
  const form = await openContactForm(server.baseUrl, person!.ip)
  await waitOutFillTime(form)
  const send = () =>
    submitContact(
      server.baseUrl,
      person!.ip,
      contactBody(form, { name: 'Ada', email: person!.email, message: validMessage }),
    )
  expect(accepted(await send())).toBe(true)
  // The same page sent again counts against the limit (5 in 10 minutes) but stores nothing new.
  for (let i = 0; i < 4; i++) expect(accepted(await send())).toBe(true)
  const refused = await send()
  expect(refused.received).toBe(false)
  expect(refused.errors.join(' ')).toContain('You have sent several messages in a short time')
  expect(await db.rows('select id from inquiries where email = ?', [person!.email])).toHaveLength(1)
  const limited = server.logs().filter((line) => line.msg === 'inquiry rate limited')
  expect(limited).toHaveLength(1)
  expect(limited[0]).toMatchObject({ ipHash: expect.stringMatching(/^[0-9a-f]{12}$/) })
  expectNoPersonalData(server.output, [person!])
})
