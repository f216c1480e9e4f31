export type FeedFormat = 'rss' | 'atom' | 'json'

/** The site-wide feeds, as the footer names them and the head advertises them. */
export const FEEDS: { format: FeedFormat; label: string; path: string; mediaType: string }[] = [
  { format: 'rss', label: 'RSS', path: '/feed.xml', mediaType: 'application/rss+xml' },
  { format: 'atom', label: 'Atom', path: '/atom.xml', mediaType: 'application/atom+xml' },
  { format: 'json', label: 'JSON Feed', path: '/feed.json', mediaType: 'application/feed+json' },
]

export function feedPath(format: FeedFormat): string {
  const feed = FEEDS.find((f) => f.format === format)
  if (!feed) throw new Error(`no ${format} feed`)
  return feed.path
}

export function categoryFeedPath(slug: string): string {
  return `/categories/${slug}/feed.xml`
}
