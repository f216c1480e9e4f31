import { expect, test, type Page } from '@playwright/test'

import { PAGE_SIZE } from '../lib/content/paginate'

import { categoryOf, published, publishedTags, sourceCategories } from './support/content'

const pagesFor = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE))

// Every listing with how many articles it holds, read from content/. The sample library fits each
// on one page (so `/page/2` is a 404 and no Pagination shows); a larger library exercises the
// later pages through the same tests.
const listings = () => [
  { path: '/', count: published().length },
  ...sourceCategories().map((category) => ({
    path: `/categories/${category.slug}`,
    count: published().filter((article) => categoryOf(article).slug === category.slug).length,
  })),
  ...publishedTags().map((tag) => ({ path: `/tags/${tag.slug}`, count: tag.articles.length })),
]

const pageUrl = (path: string, page: number) =>
  page === 1 ? path : `${path === '/' ? '' : path}/page/${page}`

async function expectNotFound(page: Page, url: string) {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
}

test('page 1 has one address: /page/1 is a 404, not a copy of the home page', async ({ page }) => {
  await expectNotFound(page, '/page/1')
  await expectNotFound(page, `/categories/${sourceCategories()[0]!.slug}/page/1`)
})

test('a page number that is not one is a 404', async ({ page }) => {
  for (const segment of ['0', '02', 'two']) await expectNotFound(page, `/page/${segment}`)
})

for (const { path, count } of listings()) {
  const pages = pagesFor(count)

  test(`${path} shows pagination only past one page, and no page after its last`, async ({
    page,
  }) => {
    await page.goto(path)
    const nav = page.getByRole('navigation', { name: 'Pagination' })
    if (pages === 1) {
      await expect(nav).toHaveCount(0)
    } else {
      await expect(nav.getByText(`Page 1 of ${pages}`)).toBeVisible()
      await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveCount(0)
      const next = nav.getByRole('link', { name: 'Next page' })
      await expect(next).toHaveAttribute('href', pageUrl(path, 2))
      await expect(next).toHaveAttribute('rel', 'next')
    }
    await expectNotFound(page, pageUrl(path, pages + 1))
  })

  for (let number = 2; number <= pages; number++) {
    test(`${pageUrl(path, number)} lists its share of articles under its own canonical`, async ({
      page,
    }) => {
      const response = await page.goto(pageUrl(path, number))
      expect(response?.status()).toBe(200)
      const shown = Math.min(PAGE_SIZE, count - (number - 1) * PAGE_SIZE)
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(shown)
      await expect(page).toHaveTitle(new RegExp(` · Page ${number}( · |$)`))
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${pageUrl(path, number)}$`),
      )
      const nav = page.getByRole('navigation', { name: 'Pagination' })
      await expect(nav.getByText(`Page ${number} of ${pages}`)).toBeVisible()
      const previous = nav.getByRole('link', { name: 'Previous page' })
      await expect(previous).toHaveAttribute('href', pageUrl(path, number - 1))
      await expect(previous).toHaveAttribute('rel', 'prev')
      await expect(nav.getByRole('link', { name: 'Next page' })).toHaveCount(number < pages ? 1 : 0)
    })
  }
}
