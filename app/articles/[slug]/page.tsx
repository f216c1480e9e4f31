import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleView } from '@/components/article/article-view'
import { getAdjacentArticles, getArticle, getArticleSlugs } from '@/lib/content'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: article.canonicalUrl },
    robots: article.draft ? { index: false } : undefined,
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = getArticle(slug)
  if (!article) notFound()
  return <ArticleView article={article} {...getAdjacentArticles(slug)} />
}
