import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './support/axe'
import { published, publishedTags, sourceCategories } from './support/content'
import { E2E_ADMIN_PASSWORD } from './support/env'

const pages = () => [
  '/',
  ...published().map((a) => `/articles/${a.slug}`),
  ...sourceCategories().map((c) => `/categories/${c.slug}`),
  ...publishedTags().map((t) => `/tags/${t.slug}`),
  '/contact',
  '/admin/sign-in',
  '/articles/no-such-article',
]

// Both themes, each as a reader whose system asks for it: contrast must hold in dark mode too.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme })

    for (const path of pages()) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await expectNoAxeViolations(page)
      })
    }

    test('axe finds no WCAG 2.2 AA violation in the signed-in inbox', async ({ page }) => {
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `2001:db8::a11y:${theme.length}` })
      await page.goto('/admin/sign-in')
      await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
      // Signing in navigates client-side; the new <title> can land a moment after the heading.
      await expect(page).toHaveTitle(/^Inbox/)
      await expectNoAxeViolations(page)
    })
  })
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})
