import { site } from '@/lib/site'

import type { Channel } from './channel'
import type { FeedEntry } from './entry'

// Written by hand rather than with `feed`: feed@6 emits JSON Feed 1.0 (`author`, no `language`),
// and JSON needs no escaping library.
const VERSION = 'https://jsonfeed.org/version/1.1'

type Author = { name: string; url: string }

type JsonFeedItem = {
  id: string
  url: string
  title: string
  summary: string
  content_html: string
  date_published: string
  date_modified: string
  tags: string[]
  authors: Author[]
}

export type JsonFeed = {
  version: typeof VERSION
  title: string
  home_page_url: string
  feed_url?: string
  description: string
  language: string
  authors: Author[]
  items: JsonFeedItem[]
}

const authors: Author[] = [{ name: site.publisher, url: site.url }]

function toItem(entry: FeedEntry): JsonFeedItem {
  return {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    content_html: entry.html,
    date_published: entry.published.toISOString(),
    date_modified: entry.modified.toISOString(),
    tags: [entry.category.title, ...entry.tags.map((tag) => tag.name)],
    authors,
  }
}

export function jsonFeed(channel: Channel, entries: FeedEntry[]): JsonFeed {
  return {
    version: VERSION,
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description,
    language: site.locale,
    authors,
    items: entries.map(toItem),
  }
}
