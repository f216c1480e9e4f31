import { describe, expect, it } from 'vitest'

import { getPublishedArticles } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'

import { siteChannel } from './channel'
import { toFeedEntry } from './entry'
import { jsonFeed } from './json-feed'

describe('JSON Feed', () => {
  const published = getPublishedArticles()
  // Through JSON and back, as a reader receives it.
  const feed = JSON.parse(JSON.stringify(jsonFeed(siteChannel(), published.map(toFeedEntry))))

  it('is JSON Feed 1.1 with the top-level fields readers need', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toEqual(expect.any(String))
    expect(feed.home_page_url).toBe(absoluteUrl('/'))
    expect(feed.feed_url).toBe(absoluteUrl('/feed.json'))
    expect(feed.authors).toEqual([{ name: site.publisher, url: site.url }])
  })

  it('has every published article, newest first, in full and linking to its canonical', () => {
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(
      published.map((a) => a.canonicalUrl),
    )
    feed.items.forEach((item: Record<string, unknown>, index: number) => {
      const article = published[index]!
      expect(item.id).toBe(absoluteUrl(article.url))
      expect(item.title).toBe(article.title)
      expect(item.date_published).toBe(`${article.date}T00:00:00.000Z`)
      expect(item.content_html).toContain(`<h2 id="${article.headings[0]!.id}">`)
      expect(item.content_html).toContain(
        `originally published at <a href="${article.canonicalUrl}">`,
      )
      expect(item.tags).toEqual([article.category.title, ...article.tags.map((t) => t.name)])
    })
  })
})
