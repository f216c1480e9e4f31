import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { ArticleView } from '@/components/article/article-view'
import { JsonLd } from '@/components/seo/json-ld'
import {
  getAdjacentArticles,
  getArticle,
  getArticleSlugs,
  getRelatedArticles,
  getSeries,
  getStatus,
} from '@/lib/content'
import { articleTrail } from '@/lib/seo/breadcrumbs'
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/seo/json-ld'
import { articleMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

/** Draft mode (switched on by /api/preview with the secret) renders drafts and scheduled articles. */
async function previewing() {
  return { preview: (await draftMode()).isEnabled }
}

export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug, await previewing())
  if (!article) return {}
  return articleMetadata(article)
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = getArticle(slug, await previewing())
  if (!article) notFound()
  return (
    <>
      <JsonLd data={blogPostingJsonLd(article)} />
      <JsonLd data={breadcrumbJsonLd(articleTrail(article))} />
      <ArticleView
        article={article}
        {...getAdjacentArticles(slug)}
        related={getRelatedArticles(article)}
        series={getSeries(article)}
        status={getStatus(article)}
      />
    </>
  )
}
