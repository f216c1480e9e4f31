import { expect, test } from '@playwright/test'

import {
  categoryOf,
  drafts,
  modifiedOf,
  published,
  publishedTags,
  SITE_URL,
  sourceCategories,
  tagsOf,
} from './support/content'
import {
  fetchPng,
  jsonLdOfType,
  metaContent,
  metaContents,
  visibleBreadcrumb,
} from './support/head'

const absolute = (path: string) => `${SITE_URL}${path}`

test.describe('articles are findable and shareable', () => {
  for (const article of published()) {
    test(`${article.slug}: canonical, Open Graph, Twitter card and JSON-LD`, async ({ page }) => {
      const own = absolute(`/articles/${article.slug}`)
      const canonical = article.canonicalUrl ?? own
      const category = categoryOf(article)
      const tags = tagsOf(article).map((tag) => tag.name)
      await page.goto(`/articles/${article.slug}`)

      await expect(page).toHaveTitle(`${article.title} · Modder Coder`)
      expect(await metaContent(page, 'description')).toBe(article.description)
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical)

      expect(await metaContent(page, 'og:type')).toBe('article')
      expect(await metaContent(page, 'og:title')).toBe(article.title)
      expect(await metaContent(page, 'og:description')).toBe(article.description)
      expect(await metaContent(page, 'og:url')).toBe(canonical)
      expect(await metaContent(page, 'og:site_name')).toBe('Modder Coder')
      expect(await metaContent(page, 'og:locale')).toBe('en_US')
      const image = await metaContent(page, 'og:image')
      expect(image).toBe(absolute(`/articles/${article.slug}/opengraph-image`))
      expect(await metaContent(page, 'og:image:width')).toBe('1200')
      expect(await metaContent(page, 'og:image:height')).toBe('630')
      expect(await metaContent(page, 'article:published_time')).toBe(article.date)
      expect(await metaContent(page, 'article:modified_time')).toBe(modifiedOf(article))
      expect(await metaContent(page, 'article:section')).toBe(category.title)
      expect(await metaContents(page, 'article:tag')).toEqual(tags)
      expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image')
      expect(await metaContent(page, 'twitter:image')).toBe(image)

      const posting = await jsonLdOfType(page, 'BlogPosting')
      expect(posting).toMatchObject({
        '@context': 'https://schema.org',
        headline: article.title,
        description: article.description,
        datePublished: article.date,
        dateModified: modifiedOf(article),
        author: { '@type': 'Organization', name: 'Modder Coder' },
        publisher: {
          '@type': 'Organization',
          name: 'Modder Coder',
          logo: { '@type': 'ImageObject', url: absolute('/logo.png') },
        },
        mainEntityOfPage: { '@id': own },
        image: { url: image },
        keywords: tags,
        articleSection: category.title,
        inLanguage: 'en-US',
        license: 'https://creativecommons.org/licenses/by/4.0/',
        copyrightHolder: { name: 'Modder Coder' },
      })
      expect(posting.wordCount).toEqual(expect.any(Number))
      expect(posting.wordCount as number).toBeGreaterThan(100)
      if (article.canonicalUrl) expect(posting.isBasedOn).toBe(article.canonicalUrl)
      else expect(posting).not.toHaveProperty('isBasedOn')

      const crumbs = await visibleBreadcrumb(page)
      expect(crumbs.map((c) => c.name)).toEqual(['Home', category.title, article.title])
      const breadcrumb = await jsonLdOfType(page, 'BreadcrumbList')
      expect(breadcrumb.itemListElement).toEqual(
        crumbs.map((crumb, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: crumb.name,
          item: absolute(crumb.href),
        })),
      )
    })
  }
})

const sharedPaths = () => [
  '/',
  ...published().map((a) => `/articles/${a.slug}`),
  ...sourceCategories().map((c) => `/categories/${c.slug}`),
  ...publishedTags().map((t) => `/tags/${t.slug}`),
]

for (const path of sharedPaths()) {
  test(`${path} names a 1200×630 PNG share card that is served`, async ({ page, request }) => {
    await page.goto(path)
    const image = await metaContent(page, 'og:image')
    expect(image).toMatch(new RegExp(`^${SITE_URL}/.*opengraph-image`))
    expect(await fetchPng(request, image!)).toEqual({ width: 1200, height: 630 })
  })
}

test('no share card is drawn for a draft or an unknown article', async ({ request }) => {
  // Cards are prerendered for the published slugs only (dynamicParams = false).
  for (const path of [...drafts().map((d) => `/articles/${d.slug}`), '/articles/no-such-article']) {
    expect((await request.get(`${path}/opengraph-image`)).status(), path).toBe(404)
  }
})

test('the home page describes the publisher and the site', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Modder Coder · Product engineering library')
  // Next writes the site root without its trailing slash; both spell the same URL.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(new URL(canonical!).href).toBe(absolute('/'))
  expect(await metaContent(page, 'og:type')).toBe('website')
  expect(new URL((await metaContent(page, 'og:url'))!).href).toBe(absolute('/'))
  expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image')
  expect(await jsonLdOfType(page, 'Organization')).toMatchObject({
    name: 'Modder Coder',
    url: absolute('/'),
    logo: { url: absolute('/logo.png') },
  })
  expect(await jsonLdOfType(page, 'WebSite')).toMatchObject({
    name: 'Modder Coder',
    url: absolute('/'),
  })
})

test('the publisher logo named in JSON-LD is served', async ({ request }) => {
  expect(await fetchPng(request, absolute('/logo.png'))).toEqual({ width: 512, height: 512 })
})

for (const category of sourceCategories()) {
  test(`category ${category.slug}: canonical, website card, CollectionPage and breadcrumb`, async ({
    page,
  }) => {
    const own = absolute(`/categories/${category.slug}`)
    await page.goto(`/categories/${category.slug}`)
    await expect(page).toHaveTitle(`${category.title} · Modder Coder`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', own)
    expect(await metaContent(page, 'og:type')).toBe('website')
    expect(await metaContent(page, 'og:url')).toBe(own)
    expect(await metaContent(page, 'og:image')).toBe(`${own}/opengraph-image`)

    const mine = published().filter((a) => categoryOf(a).slug === category.slug)
    const collection = await jsonLdOfType(page, 'CollectionPage')
    expect(collection).toMatchObject({ name: category.title, url: own })
    expect(collection.mainEntity).toMatchObject({
      itemListElement: mine.map((a) => ({ url: absolute(`/articles/${a.slug}`) })),
    })
    const crumbs = await visibleBreadcrumb(page)
    const breadcrumb = await jsonLdOfType(page, 'BreadcrumbList')
    expect(breadcrumb.itemListElement).toEqual(
      crumbs.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: absolute(crumb.href),
      })),
    )
  })
}

test('the sitemap lists home, exactly the published articles, categories and tags', async ({
  request,
}) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const xml = await response.text()
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body!)?.[1],
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(body!)?.[1],
  }))
  const locs = entries.map((e) => e.loc)

  const articleLocs = locs.filter((loc) => loc?.startsWith(absolute('/articles/')))
  expect(articleLocs.sort()).toEqual(
    published()
      .map((a) => absolute(`/articles/${a.slug}`))
      .sort(),
  )
  for (const article of published()) {
    const entry = entries.find((e) => e.loc === absolute(`/articles/${article.slug}`))
    expect(entry?.lastmod).toBe(modifiedOf(article))
  }
  expect(locs).toContain(absolute('/'))
  for (const category of sourceCategories()) {
    expect(locs).toContain(absolute(`/categories/${category.slug}`))
  }
  for (const tag of publishedTags()) expect(locs).toContain(absolute(`/tags/${tag.slug}`))
  for (const draft of drafts()) expect(xml).not.toContain(draft.slug)
  expect(locs.some((loc) => loc?.includes('/admin'))).toBe(false)
  expect(locs.every((loc) => loc?.startsWith(`${SITE_URL}/`))).toBe(true)
})

test('robots.txt lets crawlers in, keeps them out of /admin and names the sitemap', async ({
  request,
}) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  const lines = (await response.text()).split('\n').map((line) => line.trim())
  expect(lines).toContain('User-Agent: *')
  expect(lines).toContain('Allow: /')
  expect(lines).toContain('Disallow: /admin')
  expect(lines).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
})
