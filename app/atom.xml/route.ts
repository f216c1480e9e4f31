import { getPublishedArticles } from '@/lib/content'
import { siteChannel } from '@/lib/feed/channel'
import { toFeedEntry } from '@/lib/feed/entry'
import { feedResponse } from '@/lib/feed/response'
import { atomFeed } from '@/lib/feed/xml-feeds'

export const dynamic = 'force-static'
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function GET() {
  return feedResponse('atom', atomFeed(siteChannel(), getPublishedArticles().map(toFeedEntry)))
}
