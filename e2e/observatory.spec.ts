import { expect, test } from '@playwright/test'

import { observatoryReport } from '../lib/security/observatory'
import { published } from './support/content'

// The production headers as `npm start` (server.mjs) sends them, CSP wrapper included.

const OBSERVATORY_ORIGIN = 'https://http-observatory.security.mozilla.org'

for (const path of ['/', `/articles/${published()[0]!.slug}`, '/contact']) {
  test(`Mozilla Observatory grades ${path} A+`, async ({ request }) => {
    // The scanner asks with an Origin header to see whether CORS lets other sites read the page.
    const response = await request.get(path, { headers: { origin: OBSERVATORY_ORIGIN } })
    expect(response.status()).toBe(200)
    const headers: Record<string, string | string[]> = {}
    for (const { name, value } of response.headersArray()) {
      const key = name.toLowerCase()
      const previous = headers[key]
      headers[key] = previous === undefined ? value : [previous, value].flat()
    }
    // Production is served over https behind the TLS front end; here we judge it as such.
    const report = observatoryReport({
      headers,
      html: await response.text(),
      https: true,
      corsOrigin: OBSERVATORY_ORIGIN,
    })
    const lines = report.results.map((r) => `  ${String(r.modifier).padStart(3)}  ${r.result}`)
    console.log(`Observatory ${path}: ${report.score} (${report.grade})\n${lines.join('\n')}`)
    expect(report.results.filter((r) => r.modifier < 0)).toEqual([])
    expect(report.score).toBeGreaterThanOrEqual(100)
    expect(report.grade).toBe('A+')
  })
}
