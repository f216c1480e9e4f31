import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { MAX_BODY_BYTES } from './body-limit.mjs'
import { withReadableForms } from './form-body.mjs'

let baseUrl: string
let reached: { method?: string; forwardedFor?: string; body: string }[] = []
const app = async (request: IncomingMessage, response: ServerResponse) => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  reached.push({
    method: request.method,
    forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
    body: Buffer.concat(chunks).toString(),
  })
  response.end(`handled from ${request.socket.remoteAddress}`)
}
const server = createServer((request, response) => void withReadableForms(app)(request, response))

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  reached = []
})

const BOUNDARY = 'formboundary42'
const multipart = (body: string) => ({
  method: 'POST',
  headers: {
    'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    'x-forwarded-for': '1.2.3.4',
  },
  body,
})
const complete = [
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="name"\r\n\r\nAda\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="message"\r\n\r\nHello there\r\n`,
  `--${BOUNDARY}--\r\n`,
].join('')

describe('withReadableForms', () => {
  it('hands a readable form on with the same bytes, headers and connection', async () => {
    const response = await fetch(baseUrl, multipart(complete))
    expect([response.status, await response.text()]).toEqual([200, 'handled from 127.0.0.1'])
    expect(reached).toEqual([{ method: 'POST', forwardedFor: '1.2.3.4', body: complete }])
  })

  it.each([
    ['cut off in the middle of a part', complete.slice(0, 60)],
    ['without its closing boundary', complete.slice(0, complete.lastIndexOf(`--${BOUNDARY}--`))],
    ['not multipart at all', 'name=Ada&message=Hello'],
  ])(
    'answers 400 with a page that says so for a body %s, and never calls the app',
    async (_, body) => {
      const response = await fetch(baseUrl, multipart(body))
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(await response.text()).toContain('Nothing was sent or stored')
      expect(reached).toEqual([])
    },
  )

  it('answers 400 for a multipart type without a boundary', async () => {
    const response = await fetch(baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: complete,
    })
    expect(response.status).toBe(400)
    expect(reached).toEqual([])
  })

  it('answers 413 for a chunked body past the limit, which declares no length', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(
        `${baseUrl}/`,
        {
          method: 'POST',
          headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode)
        },
      )
      req.on('error', reject)
      const part = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="message"\r\n\r\n`
      req.write(part)
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += 8192) req.write('x'.repeat(8192))
      req.end()
    })
    expect(status).toBe(413)
    expect(reached).toEqual([])
  })

  it('passes other bodies and methods through untouched', async () => {
    const form = await fetch(baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=%ZZ',
    })
    const page = await fetch(baseUrl)
    expect([form.status, page.status]).toEqual([200, 200])
    expect(reached.map((r) => [r.method, r.body])).toEqual([
      ['POST', 'name=%ZZ'],
      ['GET', ''],
    ])
  })
})
