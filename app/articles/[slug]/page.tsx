import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleView } from '@/components/article/article-view'
import { JsonLd } from '@/components/seo/json-ld'
import {
  getAdjacentArticles,
  getArticle,
  getArticleSlugs,
  getRelatedArticles,
  getSeries,
} from '@/lib/content'
import { articleTrail } from '@/lib/seo/breadcrumbs'
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/seo/json-ld'
import { articleMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  return articleMetadata(article)
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = getArticle(slug)
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
      />
    </>
  )
}
