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

import { currentTime } from './clock'
import { relatedArticles } from './related'
import { seriesOf, type Series } from './series'
import { slugify } from './slug'
import { isListed, isReachable, statusOf, willBeListed, type Status } from './visibility'

export type { Series } from './series'
export type { Status } from './visibility'

export type Category = {
  slug: string
  title: string
  description: string
  url: string
  body: string
}

export type Tag = {
  /** As the editor wrote it, for display. */
  name: string
  /** Slugified, for the URL. */
  slug: string
  url: string
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
  tags: Tag[]
  draft: boolean
  /** Where the article was first published: its own absolute URL unless `canonicalUrl` says elsewhere. */
  canonicalUrl: string
  publishedElsewhere: boolean
  /** Where copies were republished (Dev.to, Medium, …), shown as `rel="syndication"` links. */
  syndication: string[]
  /** Its place in a run of articles meant to be read in order; `slug` groups the parts. */
  series?: { name: string; slug: string; order: number }
  readingTime: number
  wordCount: number
  headings: Heading[]
  body: string
  /** The MDX as the editor wrote it (no frontmatter), for feeds and exports that render it their own way. */
  source: string
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

function toTag(name: string): Tag {
  const slug = slugify(name)
  return { name, slug, url: `/tags/${slug}` }
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
    tags: doc.tags.map(toTag),
    draft: doc.draft,
    canonicalUrl: doc.canonicalUrl ?? absoluteUrl(url),
    publishedElsewhere: Boolean(doc.canonicalUrl),
    syndication: doc.syndication,
    series: doc.series && {
      name: doc.series.name.trim(),
      slug: slugify(doc.series.name),
      order: doc.series.order,
    },
    readingTime: doc.readingTime ?? readingMinutes(doc.wordCount),
    wordCount: doc.wordCount,
    headings: doc.headings as Heading[],
    body: doc.body.code,
    source: doc.body.raw,
  }
}

/** Every article published by now, newest first. Drafts and scheduled articles never appear in a listing. */
export function getPublishedArticles(): Article[] {
  const now = currentTime()
  return articles.filter((article) => isListed(article, now))
}

/**
 * One article by slug, when it can be read: published, or previewed (`next dev`, or draft mode
 * with the preview secret, which `preview` says).
 */
export function getArticle(slug: string, { preview = false } = {}): Article | undefined {
  const article = articles.find((a) => a.slug === slug)
  return article && isReachable(article, { preview }) ? article : undefined
}

/** An article readers can see right now (never a draft or a scheduled one, even while previewing). */
export function getPublishedArticle(slug: string): Article | undefined {
  const article = articles.find((a) => a.slug === slug)
  return article && isListed(article) ? article : undefined
}

/** Whether the article is published, scheduled or a draft right now. */
export function getStatus(article: Article): Status {
  return statusOf(article)
}

/**
 * Slugs to prerender: every article. Drafts and scheduled articles render as a 404 until their
 * date (the route revalidates) or a preview asks for them, so none needs a rebuild to appear.
 */
export function getArticleSlugs(): string[] {
  return articles.map((a) => a.slug)
}

const inCategory = (slug: string) => (article: Article) => article.category.slug === slug
const taggedWith = (slug: string) => (article: Article) =>
  article.tags.some((tag) => tag.slug === slug)

/**
 * Articles published or scheduled, all or only a category's or a tag's: listings and tag pages
 * prerender the pages these will need.
 */
export function getUpcomingArticles({ category, tag }: { category?: string; tag?: string } = {}) {
  return articles.filter(
    (article) =>
      willBeListed(article) &&
      (category === undefined || inCategory(category)(article)) &&
      (tag === undefined || taggedWith(tag)(article)),
  )
}

/** Every tag a published or scheduled article carries, so its page exists when the article does. */
export function getUpcomingTagSlugs(): string[] {
  return [...new Set(getUpcomingArticles().flatMap((a) => a.tags.map((tag) => tag.slug)))]
}

export function getCategories(): Category[] {
  return categories
}

export function getCategory(slug: string): Category | undefined {
  return categories.find((c) => c.slug === slug)
}

export function getArticlesByCategory(slug: string): Article[] {
  return getPublishedArticles().filter(inCategory(slug))
}

/** Articles carrying a tag, by the tag's slug (`Data Modeling` and `data-modeling` are one tag). */
export function getArticlesByTag(slug: string): Article[] {
  return getPublishedArticles().filter(taggedWith(slug))
}

/** A tag by slug, when a published article carries it. */
export function getTag(slug: string): (Tag & { count: number }) | undefined {
  return getTags().find((tag) => tag.slug === slug)
}

/** Every tag used by a published article, with how many use it, most used first. */
export function getTags(): (Tag & { count: number })[] {
  const counts = new Map<string, Tag & { count: number }>()
  for (const article of getPublishedArticles()) {
    for (const tag of article.tags) {
      const entry = counts.get(tag.slug) ?? { ...tag, count: 0 }
      entry.count += 1
      counts.set(tag.slug, entry)
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
}

/** The published neighbours of an article in date order: `previous` is older, `next` is newer. */
export function getAdjacentArticles(slug: string): { previous?: Article; next?: Article } {
  const list = getPublishedArticles()
  const index = list.findIndex((a) => a.slug === slug)
  if (index === -1) return {}
  return { previous: list[index + 1], next: list[index - 1] }
}

/** Three published articles to read next: most shared tags, then same category, then newest. */
export function getRelatedArticles(article: Article): Article[] {
  return relatedArticles(article, getPublishedArticles())
}

/** The article's series with its published parts in order, or undefined when it is in none. */
export function getSeries(article: Article): Series | undefined {
  return seriesOf(article, getPublishedArticles())
}
