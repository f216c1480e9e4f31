import 'server-only'

import {
  allArticles as compiledArticles,
  allCategories as compiledCategories,
  type Article as CompiledArticle,
  type Category as CompiledCategory,
} from 'contentlayer/generated'

import type { Heading } from '@/lib/mdx/headings'
import { readingMinutes } from '@/lib/mdx/words'
import { absoluteUrl } from '@/lib/site'

import { isListed, isReachable } from './visibility'

export type Category = {
  slug: string
  title: string
  description: string
  url: string
  body: string
}

export type Article = {
  slug: string
  url: string
  title: string
  description: string
  /** Publication date, `YYYY-MM-DD`. */
  date: string
  updated?: string
  category: Category
  tags: string[]
  draft: boolean
  /** Where the article was first published: its own absolute URL unless `canonicalUrl` says elsewhere. */
  canonicalUrl: string
  publishedElsewhere: boolean
  readingTime: number
  wordCount: number
  headings: Heading[]
  body: string
}

const categories: Category[] = compiledCategories
  .map(toCategory)
  .sort((a, b) => a.title.localeCompare(b.title))

const articles: Article[] = compiledArticles
  .map(toArticle)
  .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))

function toCategory(doc: CompiledCategory): Category {
  return {
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    url: `/categories/${doc.slug}`,
    body: doc.body.code,
  }
}

function findCategory(name: string): Category | undefined {
  const key = name.trim().toLowerCase()
  return categories.find((c) => c.slug === key || c.title.toLowerCase() === key)
}

function toArticle(doc: CompiledArticle): Article {
  const category = findCategory(doc.category)
  if (!category) {
    throw new Error(`${doc._raw.sourceFilePath}: unknown category "${doc.category}"`)
  }
  const url = `/articles/${doc.slug}`
  return {
    slug: doc.slug,
    url,
    title: doc.title,
    description: doc.description,
    date: doc.date.slice(0, 10),
    updated: doc.updated?.slice(0, 10),
    category,
    tags: doc.tags,
    draft: doc.draft,
    canonicalUrl: doc.canonicalUrl ?? absoluteUrl(url),
    publishedElsewhere: Boolean(doc.canonicalUrl),
    readingTime: doc.readingTime ?? readingMinutes(doc.wordCount),
    wordCount: doc.wordCount,
    headings: doc.headings as Heading[],
    body: doc.body.code,
  }
}

/** Every published article, newest first. Drafts never appear in a listing. */
export function getPublishedArticles(): Article[] {
  return articles.filter((article) => isListed(article))
}

/** One article by slug; a draft only where drafts may be previewed (`next dev`). */
export function getArticle(slug: string): Article | undefined {
  const article = articles.find((a) => a.slug === slug)
  return article && isReachable(article) ? article : undefined
}

/** Slugs to prerender: every article that can be reached in this environment. */
export function getArticleSlugs(): string[] {
  return articles.filter((article) => isReachable(article)).map((a) => a.slug)
}

export function getCategories(): Category[] {
  return categories
}

export function getCategory(slug: string): Category | undefined {
  return categories.find((c) => c.slug === slug)
}

export function getArticlesByCategory(slug: string): Article[] {
  return getPublishedArticles().filter((a) => a.category.slug === slug)
}

export function getArticlesByTag(tag: string): Article[] {
  return getPublishedArticles().filter((a) => a.tags.includes(tag))
}

/** The published neighbours of an article in date order: `previous` is older, `next` is newer. */
export function getAdjacentArticles(slug: string): { previous?: Article; next?: Article } {
  const list = getPublishedArticles()
  const index = list.findIndex((a) => a.slug === slug)
  if (index === -1) return {}
  return { previous: list[index + 1], next: list[index - 1] }
}
