import { notFound } from 'next/navigation'

import { renderOgCard } from '@/components/seo/og-card'
import { getArticle, getUpcomingArticles } from '@/lib/content'
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image'

export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'

// Metadata image routes prerender at build like pages: one PNG per slug below, nothing read from
// the request, and no slug outside the list is drawn at run time.
export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams() {
  return getUpcomingArticles().map(({ slug }) => ({ slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  return renderOgCard({ kicker: article.category.title, title: article.title })
}
