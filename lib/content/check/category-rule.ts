import { error, type Problem } from './problem'
import { readArticleFacts } from './article-facts'
import type { ContentDocument } from './load-document'
import { describeCategories, resolveCategory, type SiteIndex } from './site-index'

export function checkCategory(document: ContentDocument, index: SiteIndex): Problem[] {
  if (document.collection !== 'articles') return []
  const { category } = readArticleFacts(document)
  if (category === undefined || resolveCategory(index, category) !== undefined) return []
  return [
    error({
      file: document.file,
      line: document.lineOf(['category']),
      field: 'category',
      message: `unknown category "${category}"; ${describeCategories(index.categories)}`,
    }),
  ]
}

/** Two categories with one title (in any case) would make `category: Title` ambiguous. */
export function checkCategoryTitles(
  index: SiteIndex,
  documents: readonly ContentDocument[],
): Problem[] {
  const byTitle = new Map<string, string[]>()
  for (const { slug, title } of index.categories) {
    if (title === undefined) continue
    const key = title.trim().toLowerCase()
    byTitle.set(key, [...(byTitle.get(key) ?? []), slug])
  }
  return documents.flatMap((document) => {
    const title = document.collection === 'categories' ? document.data?.title : undefined
    const slugs = typeof title === 'string' ? (byTitle.get(title.trim().toLowerCase()) ?? []) : []
    if (slugs.length < 2) return []
    const others = slugs.filter((slug) => slug !== document.slug)
    const message = `title "${title}" is also the title of ${others.join(', ')}; articles could not tell them apart`
    return [
      error({ file: document.file, line: document.lineOf(['title']), field: 'title', message }),
    ]
  })
}
