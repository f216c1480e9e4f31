import { articleFieldSchemas } from '@/lib/content/frontmatter'
import { slugify } from '@/lib/content/slug'

import { readArticleFacts } from './article-facts'
import type { ContentDocument } from './load-document'
import { error, type Problem } from './problem'

type Part = { document: ContentDocument; name: string; order: number }

/** A published article's valid `series`; a bad one is the frontmatter rule's to report. */
function publishedPart(document: ContentDocument): Part | undefined {
  if (document.collection !== 'articles' || readArticleFacts(document).draft) return undefined
  const series = articleFieldSchemas.series.safeParse(document.data?.series)
  if (!series.success || series.data === undefined) return undefined
  return { document, name: series.data.name.trim(), order: series.data.order }
}

/**
 * Two published parts with one `order` would leave the reading order to chance. Series are told
 * apart by slug, as the site groups them, so "From MVP to Scale" and "From MVP to scale" are one.
 * Drafts may share a number: a rewrite waiting to replace a part is normal.
 */
export function checkSeriesOrder(documents: readonly ContentDocument[]): Problem[] {
  const groups = new Map<string, Part[]>()
  for (const part of documents.map(publishedPart)) {
    if (part === undefined) continue
    const key = `${slugify(part.name)}#${part.order}`
    groups.set(key, [...(groups.get(key) ?? []), part])
  }
  return [...groups.values()].flatMap((group) =>
    group.length < 2
      ? []
      : group.map(({ document, name, order }) => {
          const others = group.filter((part) => part.document !== document)
          const files = others.map((part) => part.document.file).join(', ')
          return error({
            file: document.file,
            line: document.lineOf(['series', 'order']),
            field: 'series',
            message: `"${name}" already has a part ${order} in ${files}: give each published part its own \`order\``,
          })
        }),
  )
}
