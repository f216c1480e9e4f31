// A visitor without JavaScript: GET the form, keep its hidden fields (the server action's id and
// state, the signed form token, the submission id), POST it back as multipart like a browser does.

export type ShownForm = { hidden: [string, string][]; shownAt: number; ip: string }

const HIDDEN_INPUT = /<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/?>/g

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  lt: '<',
  gt: '>',
  '#x27': "'",
  '#39': "'",
}

function unescapeHtml(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#x27|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
}

/** The hidden fields of the contact form in a page, in document order. */
export function hiddenFieldsOf(html: string): [string, string][] {
  return [...html.matchAll(HIDDEN_INPUT)].map(([, name = '', value = '']) => [
    name,
    unescapeHtml(value),
  ])
}

/** The n-th distinct client address, so each submission has its own rate-limit bucket. */
export function visitorIp(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

export async function showForm(baseUrl: string, ip: string): Promise<ShownForm> {
  const response = await fetch(`${baseUrl}/contact`, { headers: { 'x-forwarded-for': ip } })
  const html = await response.text()
  const hidden = hiddenFieldsOf(html)
  if (!response.ok || !hidden.some(([name]) => name === 'formToken'))
    throw new Error(`GET /contact gave ${response.status} without a form token`)
  return { hidden, shownAt: Date.now(), ip }
}

/** Posts a filled-in form; resolves to the latency in ms, or throws unless the thank-you page came back. */
export async function submitForm(baseUrl: string, form: ShownForm, n: number): Promise<number> {
  const body = new FormData()
  for (const [name, value] of form.hidden) body.append(name, value)
  body.append('website', '')
  body.append('name', `Bench Visitor ${n}`)
  body.append('email', `visitor${n}@bench.example`)
  body.append('company', 'Bench Ltd')
  body.append('need', 'scaling')
  body.append('message', `Benchmark inquiry number ${n}: our releases keep getting slower.`)
  const startedAt = performance.now()
  const response = await fetch(`${baseUrl}/contact`, {
    method: 'POST',
    body,
    headers: { 'x-forwarded-for': form.ip },
  })
  const html = await response.text()
  const ms = performance.now() - startedAt
  if (!response.ok || !html.includes('Thank you'))
    throw new Error(`POST /contact gave ${response.status} without the confirmation`)
  return ms
}
