import { slugify } from '@/lib/content/slug'

import { readArticleFacts } from './article-facts'
import type { ContentDocument } from './load-document'

export type CategoryEntry = { slug: string; title: string | undefined }

/** What exists on the site, for the rules that check references: categories, links, tags. */
export type SiteIndex = {
  articles: Map<string, { draft: boolean }>
  categories: CategoryEntry[]
  publishedTagSlugs: Set<string>
}

export function buildSiteIndex(documents: readonly ContentDocument[]): SiteIndex {
  const index: SiteIndex = { articles: new Map(), categories: [], publishedTagSlugs: new Set() }
  for (const document of documents) {
    if (document.collection === 'categories') {
      const title = document.data?.title
      index.categories.push({
        slug: document.slug,
        title: typeof title === 'string' ? title : undefined,
      })
      continue
    }
    const { draft, tags } = readArticleFacts(document)
    if (!index.articles.has(document.slug)) index.articles.set(document.slug, { draft })
    if (draft) continue
    for (const tag of tags) index.publishedTagSlugs.add(slugify(tag))
  }
  return index
}

/** A category named by its title (any case) or its slug, as the contentlayer pages resolve it. */
export function resolveCategory(index: SiteIndex, name: string): CategoryEntry | undefined {
  const wanted = name.trim().toLowerCase()
  return index.categories.find(
    (category) => category.slug === wanted || category.title?.trim().toLowerCase() === wanted,
  )
}

export function describeCategories(categories: readonly CategoryEntry[]): string {
  if (categories.length === 0) return 'no categories exist yet: add one in content/categories/'
  const names = categories.map(({ slug, title }) => (title ? `${slug} ("${title}")` : slug))
  return `known: ${names.join(', ')}`
}
