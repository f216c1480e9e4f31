import { getArticle, getArticleSlugs } from '@/lib/content'
import { markdownResponse } from '@/lib/syndication/markdown-response'
import { devtoMarkdown } from '@/lib/syndication/devto'
import { devtoFileName } from '@/lib/syndication/paths'

type Context = { params: Promise<{ slug: string }> }

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: Context) {
  const article = getArticle((await params).slug)
  if (!article) return new Response('Not found', { status: 404 })
  return markdownResponse(devtoMarkdown(article), { download: devtoFileName(article.slug) })
}
