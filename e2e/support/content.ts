import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { slug } from 'github-slugger'
import { parse } from 'yaml'

/** What an editor wrote, read straight from `content/`, so tests follow the real articles. */
export type SourceArticle = {
  slug: string
  title: string
  description: string
  date: string
  category: string
  draft: boolean
  canonicalUrl?: string
  updated?: string
  tags: SourceTag[]
  syndication: string[]
  series?: { name: string; order: number }
  body: string
}

export type SourceTag = { name: string; slug: string }

const root = join(__dirname, '..', '..', 'content')

function seriesField(value: unknown): SourceArticle['series'] {
  if (typeof value !== 'object' || value === null) return undefined
  const { name, order } = value as Record<string, unknown>
  return { name: String(name), order: Number(order) }
}

function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(file, 'utf8')
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source)
  if (!match) throw new Error(`${file}: no frontmatter`)
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' }
}

export function sourceArticles(): SourceArticle[] {
  const dir = join(root, 'articles')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data, body } = frontmatter(join(dir, name))
      return {
        slug: name.replace(/\.mdx$/, ''),
        title: String(data.title),
        description: String(data.description),
        date: String(data.date),
        category: String(data.category),
        draft: data.draft === true,
        canonicalUrl: typeof data.canonicalUrl === 'string' ? data.canonicalUrl : undefined,
        updated: data.updated === undefined ? undefined : String(data.updated),
        tags: (Array.isArray(data.tags) ? data.tags : []).map((name) => ({
          name: String(name),
          slug: slug(String(name)),
        })),
        syndication: Array.isArray(data.syndication) ? data.syndication.map(String) : [],
        series: seriesField(data.series),
        body,
      }
    })
}

/** Today in UTC: an article dated later is scheduled, not published (lib/content/visibility.ts). */
const today = () => new Date().toISOString().slice(0, 10)

export const published = () =>
  sourceArticles()
    .filter((a) => !a.draft && a.date <= today())
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
export const scheduled = () => sourceArticles().filter((a) => !a.draft && a.date > today())
export const drafts = () => sourceArticles().filter((a) => a.draft)

export function sourceCategories(): { slug: string; title: string; description: string }[] {
  const dir = join(root, 'categories')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data } = frontmatter(join(dir, name))
      return {
        slug: name.replace(/\.mdx$/, ''),
        title: String(data.title),
        description: String(data.description),
      }
    })
}

export function categoryOf(article: SourceArticle) {
  const key = article.category.toLowerCase()
  const category = sourceCategories().find((c) => c.slug === key || c.title.toLowerCase() === key)
  if (!category) throw new Error(`${article.slug}: unknown category ${article.category}`)
  return category
}

export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000'

export const tagsOf = (article: SourceArticle): SourceTag[] => article.tags

/** When the article last changed, as the editor dated it. */
export const modifiedOf = (article: SourceArticle): string => article.updated ?? article.date

/** Every tag a published article carries, with those articles (newest first). */
export function publishedTags(): (SourceTag & { articles: SourceArticle[] })[] {
  const tags = new Map<string, SourceTag & { articles: SourceArticle[] }>()
  for (const article of published()) {
    for (const tag of article.tags) {
      const entry = tags.get(tag.slug) ?? { ...tag, articles: [] }
      entry.articles.push(article)
      tags.set(tag.slug, entry)
    }
  }
  return [...tags.values()]
}

/** Each series with its published parts in reading order. */
export function publishedSeries(): { name: string; parts: SourceArticle[] }[] {
  const series = new Map<string, { name: string; parts: SourceArticle[] }>()
  for (const article of published()) {
    if (!article.series) continue
    const key = slug(article.series.name)
    const entry = series.get(key) ?? { name: article.series.name, parts: [] }
    entry.parts.push(article)
    series.set(key, entry)
  }
  for (const entry of series.values()) {
    entry.parts.sort((a, b) => (a.series?.order ?? 0) - (b.series?.order ?? 0))
  }
  return [...series.values()]
}
