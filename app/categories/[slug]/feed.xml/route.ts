import { getArticlesByCategory, getCategories, getCategory } from '@/lib/content'
import { categoryChannel } from '@/lib/feed/channel'
import { toFeedEntry } from '@/lib/feed/entry'
import { feedResponse } from '@/lib/feed/response'
import { rssFeed } from '@/lib/feed/xml-feeds'

type Context = { params: Promise<{ slug: string }> }

export const dynamic = 'force-static'
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60
export const dynamicParams = false

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }))
}

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const category = getCategory(slug)
  if (!category) return new Response('Not found', { status: 404 })
  const entries = getArticlesByCategory(slug).map(toFeedEntry)
  return feedResponse('rss', rssFeed(categoryChannel(category), entries))
}
