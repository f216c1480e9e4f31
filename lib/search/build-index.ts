import type { Article } from '@/lib/content'

import type { SearchEntry } from './entry'
import { markdownToText } from './markdown-text'

export function toSearchEntry(article: Article): SearchEntry {
  return {
    slug: article.slug,
    url: article.url,
    title: article.title,
    description: article.description,
    tags: article.tags.map((tag) => tag.name),
    category: article.category.title,
    date: article.date,
    body: markdownToText(article.source),
  }
}

/** The search index of a list of articles, in the list's order (newest first from lib/content). */
export function buildSearchIndex(articles: Article[]): SearchEntry[] {
  return articles.map(toSearchEntry)
}
