import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { published, sourceCategories } from './support/content'
import { E2E_ADMIN_PASSWORD } from './support/env'

const pages = () => [
  '/',
  ...published().map((a) => `/articles/${a.slug}`),
  ...sourceCategories().map((c) => `/categories/${c.slug}`),
  '/contact',
  '/admin/sign-in',
  '/articles/no-such-article',
]

for (const path of pages()) {
  test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    )
    expect(summary, summary.join('\n')).toEqual([])
  })
}

test('axe finds no WCAG 2.1 AA violation in the signed-in inbox', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '2001:db8::a11y' })
  await page.goto('/admin/sign-in')
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})
