import { getArticle, getArticleSlugs } from '@/lib/content'
import { articleMarkdown } from '@/lib/syndication/article-markdown'
import { markdownResponse } from '@/lib/syndication/markdown-response'

type Context = { params: Promise<{ slug: string }> }

// Public at /articles/<slug>.md through the rewrite in next.config.ts: a `[slug]` page segment
// cannot also match `<slug>.md`.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: Context) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  return markdownResponse(articleMarkdown(article))
}
