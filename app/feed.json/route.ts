import { getPublishedArticles } from '@/lib/content'
import { siteChannel } from '@/lib/feed/channel'
import { toFeedEntry } from '@/lib/feed/entry'
import { jsonFeed } from '@/lib/feed/json-feed'
import { feedResponse } from '@/lib/feed/response'

export const dynamic = 'force-static'
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function GET() {
  const feed = jsonFeed(siteChannel(), getPublishedArticles().map(toFeedEntry))
  return feedResponse('json', JSON.stringify(feed, null, 2))
}
