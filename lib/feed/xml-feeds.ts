import { Feed, type Category, type Item } from 'feed'

import { absoluteUrl, site } from '@/lib/site'

import type { Channel } from './channel'
import { lastModified, type FeedEntry } from './entry'

type XmlFormat = 'rss' | 'atom'

const CATEGORY_SCHEME = absoluteUrl('/categories/')
const TAG_SCHEME = absoluteUrl('/tags/')

/**
 * RSS prints a category's name as element text, Atom as its `label` attribute; feed@6 escapes `&`
 * and `"` there but not `<`, which would break the XML. Atom then goes without the label: `term`
 * (the slug) still names the category.
 */
function categoryName(name: string, format: XmlFormat): string | undefined {
  return format === 'atom' && name.includes('<') ? undefined : name
}

function categories({ category, tags }: FeedEntry, format: XmlFormat): Category[] {
  const named = [
    { name: category.title, term: category.slug, scheme: CATEGORY_SCHEME },
    ...tags.map((tag) => ({ name: tag.name, term: tag.slug, scheme: TAG_SCHEME })),
  ]
  return named.map(({ name, term, scheme }) => ({
    name: categoryName(name, format),
    term,
    scheme,
    domain: scheme,
  }))
}

function toItem(entry: FeedEntry, format: XmlFormat): Item {
  return {
    id: entry.id,
    link: entry.url,
    title: entry.title,
    description: entry.summary,
    content: entry.html,
    date: entry.modified,
    published: entry.published,
    category: categories(entry, format),
    // RSS `<author>` must be an e-mail address; Dublin Core names the publisher instead.
    extensions: [{ name: 'dc:creator', objects: { _text: site.publisher } }],
  }
}

function buildFeed(channel: Channel, entries: FeedEntry[], format: XmlFormat): Feed {
  const feed = new Feed({
    id: channel.homeUrl,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    language: site.locale,
    updated: lastModified(entries),
    feedLinks: channel.feedUrls,
    author: { name: site.publisher, link: site.url },
    copyright: `${site.license.name}: ${site.republishingTerms}`,
    generator: false,
  })
  for (const entry of entries) feed.addItem(toItem(entry, format))
  return feed
}

export function rssFeed(channel: Channel, entries: FeedEntry[]): string {
  return buildFeed(channel, entries, 'rss').rss2()
}

export function atomFeed(channel: Channel, entries: FeedEntry[]): string {
  return buildFeed(channel, entries, 'atom').atom1()
}
