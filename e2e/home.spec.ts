import { expect, test } from '@playwright/test'

import { drafts, published, sourceCategories } from './support/content'

test('home lists every published article newest first, and no draft', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Modder Coder' }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const listed = page.getByRole('main').getByRole('article')
  const expected = published()
  await expect(listed).toHaveCount(expected.length)
  for (const [index, article] of expected.entries()) {
    const entry = listed.nth(index)
    await expect(entry.getByRole('link', { name: article.title, exact: true })).toHaveAttribute(
      'href',
      `/articles/${article.slug}`,
    )
    await expect(entry.getByText(article.description)).toBeVisible()
    await expect(entry.locator('time').first()).toHaveAttribute('datetime', article.date)
    await expect(entry.getByText(/\d+ min read/)).toBeVisible()
  }
  for (const draft of drafts()) {
    await expect(page.getByText(draft.title)).toHaveCount(0)
  }
})

test('home links to every category', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Categories' })
  for (const category of sourceCategories()) {
    await expect(nav.getByRole('link', { name: category.title })).toHaveAttribute(
      'href',
      `/categories/${category.slug}`,
    )
  }
})

test('header and footer lead to the contact page', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Contact' })
    .click()
  await expect(page).toHaveURL(/\/contact$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})
