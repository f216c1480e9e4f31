import { getArticle, getUpcomingArticles } from '@/lib/content'
import { markdownResponse } from '@/lib/syndication/markdown-response'
import { devtoMarkdown } from '@/lib/syndication/devto'
import { devtoFileName } from '@/lib/syndication/paths'

type Context = { params: Promise<{ slug: string }> }

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
  return markdownResponse(devtoMarkdown(article), { download: devtoFileName(article.slug) })
}
