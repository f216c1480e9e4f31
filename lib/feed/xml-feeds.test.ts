import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'

import { getArticlesByCategory, getCategories, getPublishedArticles } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'

import { categoryChannel, siteChannel } from './channel'
import { toFeedEntry, type FeedEntry } from './entry'
import { atomFeed, rssFeed } from './xml-feeds'

// rss-parser reads with xml2js in strict mode: malformed XML is a rejected promise, not a guess.
type Extra = {
  'content:encoded'?: string
  id?: string
  categoryTerms?: { $: { term: string; label?: string } }[]
}
const parser = new Parser<object, Extra>({
  customFields: { item: [['category', 'categoryTerms', { keepArray: true }]] },
})

// With a `domain`, a category comes back as `{ _: name, $: { domain } }` rather than a string.
function categoryNames(item: { categories?: unknown[] }): string[] {
  return (item.categories ?? []).map((c) => (typeof c === 'string' ? c : (c as { _: string })._))
}

const published = getPublishedArticles()
const entries = published.map(toFeedEntry)

describe('RSS feed', () => {
  it('lists every published article, newest first, linking to its canonical URL', async () => {
    const feed = await parser.parseString(rssFeed(siteChannel(), entries))
    expect(feed.feedUrl).toBe(absoluteUrl('/feed.xml'))
    expect(feed.items.map((item) => item.link)).toEqual(published.map((a) => a.canonicalUrl))
    expect(feed.items.map((item) => item.title)).toEqual(published.map((a) => a.title))
    const dates = feed.items.map((item) => item.isoDate ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('carries each article in full with its category and tags', async () => {
    const feed = await parser.parseString(rssFeed(siteChannel(), entries))
    feed.items.forEach((item, index) => {
      const article = published[index]!
      const html = item['content:encoded']
      expect(html).toContain(`<h2 id="${article.headings[0]!.id}">`)
      expect(html).toContain('This article was originally published at')
      expect(html).not.toMatch(/(?:href|src)="\//)
      expect(item.contentSnippet).toBe(article.description)
      expect(categoryNames(item)).toEqual(
        expect.arrayContaining([article.category.title, ...article.tags.map((t) => t.name)]),
      )
    })
  })

  it('has one feed per category holding only that category’s articles', async () => {
    for (const category of getCategories()) {
      const articles = getArticlesByCategory(category.slug)
      const xml = rssFeed(categoryChannel(category), articles.map(toFeedEntry))
      const feed = await parser.parseString(xml)
      expect(feed.title).toBe(`${category.title} · ${site.publisher}`)
      expect(feed.feedUrl).toBe(absoluteUrl(`/categories/${category.slug}/feed.xml`))
      expect(feed.items.map((item) => item.link)).toEqual(articles.map((a) => a.canonicalUrl))
    }
  })
})

describe('Atom feed', () => {
  it('lists every published article in full, with its canonical link and categories', async () => {
    const feed = await parser.parseString(atomFeed(siteChannel(), entries))
    expect(feed.feedUrl).toBe(absoluteUrl('/atom.xml'))
    expect(feed.items.map((item) => item.link)).toEqual(published.map((a) => a.canonicalUrl))
    feed.items.forEach((item, index) => {
      const article = published[index]!
      expect(item.id).toBe(absoluteUrl(article.url))
      expect(item.content).toContain(`<h2 id="${article.headings[0]!.id}">`)
      expect(item.content).toContain(`originally published at <a href="${article.canonicalUrl}">`)
      expect(item.categoryTerms?.map((c) => c.$.term)).toEqual([
        article.category.slug,
        ...article.tags.map((t) => t.slug),
      ])
    })
  })
})

describe('escaping', () => {
  const hostile: FeedEntry = {
    ...entries[0]!,
    title: 'Ampersands & <angle> brackets',
    summary: 'A summary with ]]> in it & more',
    html: '<p>CDATA ends here: ]]> and continues</p>',
    tags: [{ name: 'C++ & <Rust>', slug: 'c-rust', url: '/tags/c-rust' }],
  }

  it('keeps both XML feeds well-formed whatever the text holds', async () => {
    const rss = await parser.parseString(rssFeed(siteChannel(), [hostile]))
    expect(rss.items[0]?.title).toBe(hostile.title)
    expect(rss.items[0]?.['content:encoded']).toBe(hostile.html)
    expect(categoryNames(rss.items[0]!)).toContain('C++ & <Rust>')
    const atomXml = atomFeed(siteChannel(), [hostile])
    // sax (under rss-parser) lets `<` through inside an attribute value; XML itself does not.
    expect(atomXml).not.toMatch(/="[^"]*</)
    const atom = await parser.parseString(atomXml)
    expect(atom.items[0]?.title).toBe(hostile.title)
    expect(atom.items[0]?.content).toBe(hostile.html)
    expect(atom.items[0]?.categoryTerms?.map((c) => c.$.term)).toContain('c-rust')
  })
})
