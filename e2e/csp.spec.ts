import { expect, test, type Page } from '@playwright/test'

import { categoryOf, published, tagsOf } from './support/content'
import { untilNextStarted } from './support/hydration'

// `npm start` (server.mjs) serves these pages through the script-hash CSP wrapper.

const article = published()[0]!
const pages = [
  '/',
  `/articles/${article.slug}`,
  `/categories/${categoryOf(article).slug}`,
  ...tagsOf(article)
    .slice(0, 1)
    .map((tag) => `/tags/${tag.slug}`),
  '/search?q=postgres',
  '/contact',
  '/articles/no-such-article',
]

/** Records CSP violations and console errors from the first byte of the document on. */
async function watchViolations(page: Page) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (t: string) => void })
        .__reportViolation
      report(`violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
    })
  })
  return problems
}

function scriptSources(csp: string): string[] {
  const directive = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
  return directive.trim().split(/\s+/).slice(1)
}

for (const path of pages) {
  test(`${path} runs its scripts under a hash-only script-src, without a violation`, async ({
    page,
  }) => {
    const problems = await watchViolations(page)
    const response = await page.goto(path)
    const headers = await response!.headersArray()
    const policies = headers.filter((h) => h.name.toLowerCase() === 'content-security-policy')
    expect(policies).toHaveLength(1)
    const sources = scriptSources(policies[0]!.value)
    expect(sources).not.toContain("'unsafe-inline'")
    expect(sources).not.toContain("'unsafe-eval'")
    expect(sources.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0)
    await page.waitForLoadState('load')
    // Chromium logs a 404 document's status as a console error; nothing else may be logged.
    const notFoundStatus = (p: string) => response!.status() === 404 && /console: .*404/.test(p)
    expect(problems.filter((p) => !notFoundStatus(p))).toEqual([])
  })
}

test('an injected inline script is blocked and reported', async ({ page }) => {
  const problems = await watchViolations(page)
  await page.goto(`/articles/${article.slug}`)
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
  })
  await expect.poll(() => problems.some((p) => p.startsWith('violation: script-src'))).toBe(true)
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false)
})

test('the app hydrates: links navigate client-side and search answers as you type', async ({
  page,
}) => {
  const problems = await watchViolations(page)
  await page.goto('/')
  await untilNextStarted(page)
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
  await page
    .getByRole('main')
    .getByRole('link', { name: article.title, exact: true })
    .first()
    .click()
  await expect(page).toHaveURL(`/articles/${article.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
  // A full page load would have cleared the marker; the hydrated router kept the document.
  expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true)

  await page.goto('/search')
  const box = page.getByRole('main').getByLabel('Search articles')
  await expect(async () => {
    await box.fill('')
    await box.fill('postgres')
    await expect(page).toHaveURL('/search?q=postgres', { timeout: 1_000 })
  }).toPass()
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/match(es)? “postgres”$/)
  expect(problems).toEqual([])
})
