import { expect, test, type Response } from '@playwright/test'

import { COMPILE_HINT } from '../scripts/lib/compile-hints'
import { published } from './support/content'
import { untilNextStarted } from './support/hydration'

// `npm run build` marks the chunks a page runs at startup for eager compilation off the main
// thread (scripts/lib/compile-hints.ts); code a page loads later on demand keeps V8's default.

const isScript = (response: Response) =>
  response.request().resourceType() === 'script' && response.url().includes('/_next/static/')

for (const path of ['/', `/articles/${published()[0]!.slug}`, '/contact']) {
  test(`${path}: every script the page starts with carries the compile hint`, async ({ page }) => {
    const scripts: Response[] = []
    page.on('response', (response) => {
      if (isScript(response)) scripts.push(response)
    })
    await page.goto(path)
    await untilNextStarted(page)
    await page.waitForLoadState('networkidle')
    expect(scripts.length).toBeGreaterThan(3)
    for (const script of scripts) {
      expect((await script.text()).startsWith(COMPILE_HINT), script.url()).toBe(true)
    }
  })
}

test('the contact form’s validation, loaded on first focus, keeps lazy compilation', async ({
  page,
}) => {
  await page.goto('/contact')
  await untilNextStarted(page)
  await page.waitForLoadState('networkidle')
  const later: Response[] = []
  page.on('response', (response) => {
    if (isScript(response)) later.push(response)
  })
  await page.getByLabel('Name').focus()
  await expect.poll(() => later.length).toBeGreaterThan(0)
  for (const script of later) {
    expect((await script.text()).startsWith(COMPILE_HINT), script.url()).toBe(false)
  }
})
