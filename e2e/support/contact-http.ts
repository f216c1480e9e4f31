import { MIN_FILL_MS } from '../../lib/contact/fields'

/** The contact form as a browser without JavaScript has it: every hidden field, by name. */
export type ContactForm = { fields: [string, string][]; shownAt: number }

export type ContactFields = { name: string; email: string; message: string; need?: string }

export type ContactReply = {
  status: number
  /** The page said the message was received. */
  received: boolean
  /** Field messages and the form's alert, as the visitor would read them. */
  errors: string[]
  html: string
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'" }
const decode = (text: string) => text.replace(/&(quot|amp|lt|gt|#x27);/g, (_, e) => ENTITIES[e]!)

/** GET /contact as the visitor `ip` (behind the trusted proxy), keeping the POST form's hidden fields. */
export async function openContactForm(baseUrl: string, ip: string): Promise<ContactForm> {
  const response = await fetch(`${baseUrl}/contact`, { headers: { 'x-forwarded-for': ip } })
  if (response.status !== 200) throw new Error(`GET /contact: ${response.status}`)
  const html = await response.text()
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1]
  if (!form) throw new Error('GET /contact: no POST form on the page')
  const fields = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)]
  return {
    fields: fields.map((m): [string, string] => [decode(m[1]!), decode(m[2] ?? '')]),
    shownAt: Date.now(),
  }
}

/** A person needs longer than the signed minimum fill time; faster forms are stored as spam. */
export async function waitOutFillTime(form: ContactForm) {
  const left = MIN_FILL_MS + 300 - (Date.now() - form.shownAt)
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
}

/** The multipart body a browser posts for this form filled in with `fields`. */
export function contactBody(form: ContactForm, fields: ContactFields): FormData {
  const body = new FormData()
  for (const [name, value] of form.fields) body.append(name, value)
  body.append('website', '')
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return body
}

/** POSTs the form as a no-JavaScript browser does and reads what the page answered. */
export async function submitContact(
  baseUrl: string,
  ip: string,
  body: FormData | Blob,
  headers: Record<string, string> = {},
): Promise<ContactReply> {
  const response = await fetch(`${baseUrl}/contact`, {
    method: 'POST',
    body,
    headers: { origin: baseUrl, 'x-forwarded-for': ip, ...headers },
  })
  const html = await response.text()
  return {
    status: response.status,
    received: html.includes('Your message is with us.'),
    errors: visibleErrors(html),
    html,
  }
}

/** The form's alert, then each field's messages (`<ul id="<field>-error">`), as text. */
function visibleErrors(html: string): string[] {
  const text = (fragment: string) => decode(fragment.replace(/<[^>]+>/g, '')).trim()
  const alert = /<div aria-live="polite" role="status"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]
  const fields = [...html.matchAll(/<ul id="\w+-error"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => text(li[1]!)),
  )
  return [alert ? text(alert) : '', ...fields].filter(Boolean)
}
