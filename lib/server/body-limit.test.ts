import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withBodyLimit } from './body-limit.mjs'

let baseUrl: string
let reached = 0
const server = createServer(
  withBodyLimit(
    (request, response) => {
      reached++
      request.resume().on('end', () => response.end('handled'))
    },
    { maxBytes: 1024 },
  ),
)

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('withBodyLimit', () => {
  it('passes a body of the limit through', async () => {
    const response = await fetch(baseUrl, { method: 'POST', body: 'x'.repeat(1024) })
    expect([response.status, await response.text()]).toEqual([200, 'handled'])
  })

  it('answers 413 and closes the connection for a larger body, without calling the app', async () => {
    const before = reached
    const { status, headers, body } = await new Promise<{
      status?: number
      headers: Record<string, unknown>
      body: string
    }>((resolve, reject) => {
      const req = httpRequest(`${baseUrl}/`, { method: 'POST' }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.setHeader('content-length', 1025)
      req.end('x'.repeat(1025))
    })
    expect(status).toBe(413)
    expect(headers.connection).toBe('close')
    expect(body).toContain('Nothing was sent or stored')
    expect(reached).toBe(before)
  })
})
