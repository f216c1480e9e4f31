import type { Article, Category, Tag } from '@/lib/content'

/** One step of a trail; the last one is the page itself. */
export type Crumb = { name: string; path: string }

const home: Crumb = { name: 'Home', path: '/' }

// These trails mirror the visible breadcrumbs (Home › Category › Title, Home › #tag) so that
// search engines show the path a reader sees; e2e/seo.spec.ts holds the two to each other.
export function articleTrail(article: Article): Crumb[] {
  return [
    home,
    { name: article.category.title, path: article.category.url },
    { name: article.title, path: article.url },
  ]
}

export function categoryTrail(category: Category): Crumb[] {
  return [home, { name: category.title, path: category.url }]
}

export function tagTrail(tag: Tag): Crumb[] {
  return [home, { name: tagLabel(tag), path: tag.url }]
}

/** How a tag reads wherever it is named: `#data-modeling`. */
export function tagLabel(tag: Tag): string {
  return `#${tag.name}`
}
