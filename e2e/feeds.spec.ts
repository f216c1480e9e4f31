import { expect, test, type Page } from '@playwright/test'
import Parser from 'rss-parser'

import {
  categoryOf,
  published,
  sourceCategories,
  SITE_URL,
  type SourceArticle,
} from './support/content'

const parser = new Parser<object, { 'content:encoded'?: string }>()

const canonicalOf = (article: SourceArticle) =>
  article.canonicalUrl ?? `${SITE_URL}/articles/${article.slug}`

/** Chromium's XML parser is strict: any well-formedness error becomes a <parsererror> document. */
async function xmlErrors(page: Page, xml: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')
        .length,
    xml,
  )
}

async function fetchFeed(page: Page, path: string, contentType: string): Promise<string> {
  const response = await page.request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type']).toBe(contentType)
  return response.text()
}

test.describe('feeds', () => {
  test('RSS carries every published article in full, newest first, linking to its canonical', async ({
    page,
  }) => {
    const xml = await fetchFeed(page, '/feed.xml', 'application/rss+xml; charset=utf-8')
    expect(await xmlErrors(page, xml)).toBe(0)
    const feed = await parser.parseString(xml)
    const articles = published()
    expect(feed.items.map((item) => item.link)).toEqual(articles.map(canonicalOf))
    for (const [index, item] of feed.items.entries()) {
      const article = articles[index]!
      expect(item.title).toBe(article.title)
      // A section heading written as plain text reads the same in HTML.
      const heading = /^## ([^`*_[\]&<\n]+)$/m.exec(article.body)?.[1]
      expect(heading, `${article.slug} has a plain section heading`).toBeDefined()
      expect(item['content:encoded']).toContain(`>${heading}</h2>`)
      expect(item['content:encoded']).toContain(
        `This article was originally published at <a href="${canonicalOf(article)}">`,
      )
    }
  })

  test('Atom carries the same articles, well-formed', async ({ page }) => {
    const xml = await fetchFeed(page, '/atom.xml', 'application/atom+xml; charset=utf-8')
    expect(await xmlErrors(page, xml)).toBe(0)
    const feed = await parser.parseString(xml)
    expect(feed.items.map((item) => item.link)).toEqual(published().map(canonicalOf))
    for (const item of feed.items) {
      expect(item.content).toContain('This article was originally published at')
    }
  })

  test('JSON Feed 1.1 carries the same articles', async ({ page }) => {
    const text = await fetchFeed(page, '/feed.json', 'application/feed+json; charset=utf-8')
    const feed = JSON.parse(text) as {
      version: string
      title: string
      items: { id: string; url: string; title: string; content_html: string }[]
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBeTruthy()
    expect(feed.items.map((item) => item.url)).toEqual(published().map(canonicalOf))
    for (const item of feed.items) {
      expect(item.id).toBeTruthy()
      expect(item.content_html).toContain('This article was originally published at')
    }
  })

  test('each category has an RSS feed of its own articles', async ({ page }) => {
    for (const category of sourceCategories()) {
      const path = `/categories/${category.slug}/feed.xml`
      const xml = await fetchFeed(page, path, 'application/rss+xml; charset=utf-8')
      expect(await xmlErrors(page, xml)).toBe(0)
      const feed = await parser.parseString(xml)
      const expected = published().filter((a) => categoryOf(a).slug === category.slug)
      expect(feed.items.map((item) => item.link)).toEqual(expected.map(canonicalOf))
    }
  })

  test('every page advertises the feeds and the license in its head', async ({ page }) => {
    for (const path of ['/', `/articles/${published()[0]!.slug}`, '/contact']) {
      await page.goto(path)
      const head = page.locator('head')
      for (const [type, href] of [
        ['application/rss+xml', '/feed.xml'],
        ['application/atom+xml', '/atom.xml'],
        ['application/feed+json', '/feed.json'],
      ] as const) {
        await expect(head.locator(`link[rel="alternate"][type="${type}"]`)).toHaveAttribute(
          'href',
          href,
        )
      }
      await expect(head.locator('link[rel="license"]')).toHaveAttribute(
        'href',
        'https://creativecommons.org/licenses/by/4.0/',
      )
    }
  })

  test('the footer links each feed', async ({ page }) => {
    await page.goto('/')
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByRole('link', { name: 'RSS', exact: true })).toHaveAttribute(
      'href',
      '/feed.xml',
    )
    await expect(footer.getByRole('link', { name: 'Atom', exact: true })).toHaveAttribute(
      'href',
      '/atom.xml',
    )
    await expect(footer.getByRole('link', { name: 'JSON Feed', exact: true })).toHaveAttribute(
      'href',
      '/feed.json',
    )
  })
})
