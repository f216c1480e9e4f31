import { getArticle, getUpcomingArticles } from '@/lib/content'
import { articleMarkdown } from '@/lib/syndication/article-markdown'
import { markdownResponse } from '@/lib/syndication/markdown-response'

type Context = { params: Promise<{ slug: string }> }

// Public at /articles/<slug>.md through the rewrite in next.config.ts: a `[slug]` page segment
// cannot also match `<slug>.md`.
export const dynamic = 'force-static'
export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams() {
  return getUpcomingArticles().map(({ slug }) => ({ slug }))
}

export async function GET(_request: Request, { params }: Context) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  return markdownResponse(articleMarkdown(article))
}
