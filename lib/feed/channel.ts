import type { Category } from '@/lib/content'
import { siteTitle } from '@/lib/seo/metadata'
import { absoluteUrl, site } from '@/lib/site'

import { categoryFeedPath, feedPath, type FeedFormat } from './paths'

/** What a feed says about itself: the same for RSS, Atom and JSON Feed. */
export type Channel = {
  title: string
  description: string
  homeUrl: string
  /** Absolute URL of the feed in each format it is published in. */
  feedUrls: Partial<Record<FeedFormat, string>>
}

export function siteChannel(): Channel {
  return {
    title: siteTitle,
    description: site.description,
    homeUrl: absoluteUrl('/'),
    feedUrls: {
      rss: absoluteUrl(feedPath('rss')),
      atom: absoluteUrl(feedPath('atom')),
      json: absoluteUrl(feedPath('json')),
    },
  }
}

export function categoryChannel(category: Category): Channel {
  return {
    title: `${category.title} · ${site.publisher}`,
    description: category.description,
    homeUrl: absoluteUrl(category.url),
    feedUrls: { rss: absoluteUrl(categoryFeedPath(category.slug)) },
  }
}
