import { expect, test } from '@playwright/test'

import { drafts, scheduled } from './support/content'
import { E2E_PREVIEW_SECRET } from './support/env'

const hidden = () => [
  ...drafts().map((article) => ({ article, banner: 'Draft' })),
  ...scheduled().map((article) => ({ article, banner: 'Scheduled' })),
]

test('without the preview secret, drafts and scheduled articles are a 404', async ({ page }) => {
  expect(hidden().length, 'the sample content has a draft to preview').toBeGreaterThan(0)
  for (const { article } of hidden()) {
    expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404)
    for (const secret of ['', 'wrong', `${E2E_PREVIEW_SECRET}x`]) {
      const response = await page.goto(`/api/preview?secret=${secret}&slug=${article.slug}`)
      expect(response?.status()).toBe(404)
    }
    expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404)
  }
})

test('the preview link opens a draft with its banner, unlisted, until the editor leaves', async ({
  page,
}) => {
  for (const { article, banner } of hidden()) {
    await page.goto(`/api/preview?secret=${E2E_PREVIEW_SECRET}&slug=${article.slug}`)
    await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
    await expect(page.getByRole('note').filter({ hasText: banner })).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

    await page.goto('/')
    await expect(page.getByRole('main').getByText(article.title)).toHaveCount(0)

    await page.goto(`/articles/${article.slug}`)
    await page.getByRole('link', { name: 'Leave preview' }).click()
    await expect(page).toHaveURL(/\/$/)
    expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404)
  }
})

test('the preview route never redirects outside the articles', async ({ request }) => {
  for (const slug of ['https://evil.example', '//evil.example', '../contact', '']) {
    const url = `/api/preview?secret=${E2E_PREVIEW_SECRET}&slug=${encodeURIComponent(slug)}`
    const response = await request.get(url, { maxRedirects: 0 })
    expect(response.status()).toBe(404)
  }
})
