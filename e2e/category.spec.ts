import { expect, test } from '@playwright/test'

import { categoryOf, published, sourceCategories } from './support/content'

for (const category of sourceCategories()) {
  test(`category page ${category.slug} shows its description and only its articles`, async ({
    page,
  }) => {
    await page.goto(`/categories/${category.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: category.title })).toBeVisible()
    await expect(page.getByText(category.description).first()).toBeVisible()

    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(category.title)

    const feed = page.locator(
      `head link[rel="alternate"][href="/categories/${category.slug}/feed.xml"]`,
    )
    await expect(feed).toHaveAttribute('type', 'application/rss+xml')
    const rss = await page.request.get(`/categories/${category.slug}/feed.xml`)
    expect(rss.status()).toBe(200)

    const mine = published().filter((a) => categoryOf(a).slug === category.slug)
    const listed = page.getByRole('main').getByRole('article')
    await expect(listed).toHaveCount(mine.length)
    for (const article of mine) {
      await expect(page.getByRole('link', { name: article.title, exact: true })).toBeVisible()
    }
  })
}
