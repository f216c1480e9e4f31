import { expect, test } from '@playwright/test'

import { published, publishedTags, SITE_URL, tagsOf } from './support/content'
import { jsonLdOfType, metaContent, visibleBreadcrumb } from './support/head'

const SEED = 'mvp-vs-scalable-product-architecture'

for (const tag of publishedTags()) {
  test(`tag page ${tag.slug} lists exactly the published articles tagged ${tag.name}`, async ({
    page,
  }) => {
    const response = await page.goto(`/tags/${tag.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: `#${tag.name}` })).toBeVisible()

    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(`#${tag.name}`)

    const listed = page.getByRole('main').getByRole('article')
    await expect(listed).toHaveCount(tag.articles.length)
    for (const [index, article] of tag.articles.entries()) {
      await expect(
        listed.nth(index).getByRole('link', { name: article.title, exact: true }),
      ).toHaveAttribute('href', `/articles/${article.slug}`)
    }

    const own = `${SITE_URL}/tags/${tag.slug}`
    await expect(page).toHaveTitle(`Articles tagged ${tag.name} · Modder Coder`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', own)
    expect(await metaContent(page, 'og:type')).toBe('website')
    expect(await metaContent(page, 'description')).toContain(tag.name)

    const crumbs = await visibleBreadcrumb(page)
    const list = await jsonLdOfType(page, 'BreadcrumbList')
    expect(list.itemListElement).toEqual(
      crumbs.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: `${SITE_URL}${crumb.href}`,
      })),
    )
    expect(await jsonLdOfType(page, 'CollectionPage')).toMatchObject({ url: own })
  })
}

test('an unknown tag is a 404 page', async ({ page }) => {
  const response = await page.goto('/tags/no-such-tag')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('every article lists its tags, each linking to its tag page', async ({ page }) => {
  for (const article of published()) {
    await page.goto(`/articles/${article.slug}`)
    const tags = page.getByRole('list', { name: 'Tags' }).getByRole('link')
    const expected = tagsOf(article)
    await expect(tags).toHaveCount(expected.length)
    for (const [index, tag] of expected.entries()) {
      await expect(tags.nth(index)).toHaveAccessibleName(tag.name)
      await expect(tags.nth(index)).toHaveAttribute('href', `/tags/${tag.slug}`)
    }
  }
})

test('a reader follows a tag from an article to the other articles carrying it', async ({
  page,
}) => {
  const article = published().find((a) => a.slug === SEED)
  if (!article) throw new Error(`sample article ${SEED} is missing`)
  const tag = tagsOf(article)[0]!
  await page.goto(`/articles/${SEED}`)
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: tag.name }).click()
  await expect(page).toHaveURL(new RegExp(`/tags/${tag.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: `#${tag.name}` })).toBeVisible()
  await expect(page.getByRole('link', { name: article.title, exact: true })).toBeVisible()
})
