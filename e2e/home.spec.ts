import { expect, test } from '@playwright/test'

import { PAGE_SIZE } from '../lib/content/paginate'

import { drafts, published, scheduled, sourceCategories } from './support/content'

test('home lists the newest published articles first, and no draft or scheduled one', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Modder Coder' }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const listed = page.getByRole('main').getByRole('article')
  const expected = published().slice(0, PAGE_SIZE)
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
  for (const hidden of [...drafts(), ...scheduled()]) {
    await expect(page.getByText(hidden.title)).toHaveCount(0)
  }
})

test('every published article is on exactly one page of the home listing, in date order', async ({
  page,
}) => {
  const seen: string[] = []
  let url: string | null = '/'
  while (url) {
    await page.goto(url)
    const titles = page.getByRole('main').getByRole('article').getByRole('heading')
    seen.push(...(await titles.allInnerTexts()))
    const next = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', {
      name: 'Next page',
    })
    url = (await next.count()) ? await next.getAttribute('href') : null
  }
  expect(seen).toEqual(published().map((article) => article.title))
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
