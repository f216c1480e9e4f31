import 'server-only'

import { getArticle } from '@/lib/content'

/** The article an inquiry came from: its title and page while it exists, else the bare slug. */
export type ArticleRef = { slug: string; title?: string; url?: string }

export function articleRef(slug: string | null): ArticleRef | undefined {
  if (!slug) return undefined
  const article = getArticle(slug)
  return article ? { slug, title: article.title, url: article.url } : { slug }
}
