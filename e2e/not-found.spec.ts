import { expect, test } from '@playwright/test'

import { drafts } from './support/content'

test('an unknown article is a 404 page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Browse the library' })).toHaveAttribute('href', '/')
})

test('an unknown category is a 404 page', async ({ page }) => {
  const response = await page.goto('/categories/no-such-category')
  expect(response?.status()).toBe(404)
})

test('a draft article is a 404 in the production build', async ({ page }) => {
  const list = drafts()
  expect(list.length).toBeGreaterThan(0)
  for (const draft of list) {
    const response = await page.goto(`/articles/${draft.slug}`)
    expect(response?.status()).toBe(404)
  }
})
