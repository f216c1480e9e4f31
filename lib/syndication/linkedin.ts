import { toString } from 'mdast-util-to-string'

import type { Article } from '@/lib/content'

import { plainMarkdownTree } from './plain-markdown-tree'

export const LINKEDIN_EXCERPT_LIMIT = 600

/** Cuts at the last word that fits, so an excerpt never ends mid-word. */
function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.slice(0, limit - 1)
  const lastSpace = cut.search(/\s\S*$/)
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

function firstParagraph(article: Article): string {
  const paragraph = plainMarkdownTree(article.source).children.find((n) => n.type === 'paragraph')
  return paragraph ? toString(paragraph) : ''
}

/** A LinkedIn post: the description and opening paragraph (≤ 600 characters), then the source. */
export function linkedinPost(article: Article): string {
  const excerpt = [article.description, firstParagraph(article)].filter(Boolean).join('\n\n')
  return `${truncate(excerpt, LINKEDIN_EXCERPT_LIMIT)}\n\nOriginally published at ${article.canonicalUrl}`
}
