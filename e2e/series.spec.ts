import { expect, test } from '@playwright/test'

import { published, publishedSeries } from './support/content'

test('the sample library has a series to read', () => {
  expect(publishedSeries().some((series) => series.parts.length > 1)).toBe(true)
})

for (const { name, parts } of publishedSeries()) {
  for (const [index, article] of parts.entries()) {
    test(`${article.slug} reads as part ${index + 1} of ${parts.length} of "${name}"`, async ({
      page,
    }) => {
      await page.goto(`/articles/${article.slug}`)
      const header = page.getByRole('main').locator('article > header')
      await expect(header.getByText(`Part ${index + 1} of ${parts.length}`)).toBeVisible()

      const box = page.getByRole('navigation', { name: `Series: ${name}` })
      const items = box.getByRole('listitem')
      await expect(items).toHaveCount(parts.length)
      for (const [position, part] of parts.entries()) {
        const item = items.nth(position)
        if (part.slug === article.slug) {
          await expect(item.locator('[aria-current="page"]')).toHaveText(part.title)
          await expect(item.getByRole('link')).toHaveCount(0)
        } else {
          await expect(item.getByRole('link', { name: part.title })).toHaveAttribute(
            'href',
            `/articles/${part.slug}`,
          )
        }
      }
    })
  }
}

test('an article in no series shows neither a part number nor a parts list', async ({ page }) => {
  const standalone = published().find((article) => !article.series)
  expect(standalone, 'a sample article in no series').toBeDefined()
  await page.goto(`/articles/${standalone!.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(standalone!.title)
  await expect(page.getByText(/^Part \d+ of \d+$/)).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: /^Series:/ })).toHaveCount(0)
})
