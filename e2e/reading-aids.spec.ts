import { expect, test } from '@playwright/test'

import { published } from './support/content'

// The article with the most sections, so there is a long way to scroll.
const article = published()
  .map((a) => ({ a, sections: (a.body.match(/^## /gm) ?? []).length }))
  .sort((x, y) => y.sections - x.sections)[0]!.a

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('the table of contents stays in view and marks the section being read', async ({ page }) => {
    await page.goto(`/articles/${article.slug}`)
    const toc = page.getByRole('navigation', { name: 'On this page' })
    const links = toc.getByRole('link')
    const third = links.nth(2)
    const target = (await third.getAttribute('href'))!.slice(1)

    await page.locator(`[id="${target}"]`).evaluate((heading) => heading.scrollIntoView())
    await expect(third).toHaveAttribute('aria-current', 'location')
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(1)
    await expect(toc).toBeInViewport()

    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(0)
  })
})

test('"Back to top" returns to the top of the page, without JavaScript too', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/articles/${article.slug}`)
  const back = page.getByRole('link', { name: 'Back to top' })
  await back.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  await back.click()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  await context.close()
})
