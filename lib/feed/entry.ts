import type { Article, Category, Tag } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

import { articleHtml } from './article-html'

/** One article as every feed format needs it. */
export type FeedEntry = {
  /** Stable identity: the article's address on this site, even when its canonical is elsewhere. */
  id: string
  /** Where readers are sent: the canonical copy. */
  url: string
  title: string
  summary: string
  html: string
  published: Date
  modified: Date
  category: Category
  tags: Tag[]
}

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

export function toFeedEntry(article: Article): FeedEntry {
  return {
    id: absoluteUrl(article.url),
    url: article.canonicalUrl,
    title: article.title,
    summary: article.description,
    html: articleHtml(article),
    published: utcDay(article.date),
    modified: utcDay(article.updated ?? article.date),
    category: article.category,
    tags: article.tags,
  }
}

/** When the feed last changed: its newest edit, so a rebuild with no new content changes nothing. */
export function lastModified(entries: FeedEntry[]): Date {
  const times = entries.map((entry) => entry.modified.getTime())
  return new Date(times.length > 0 ? Math.max(...times) : 0)
}
