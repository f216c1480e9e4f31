import { isValidSlug, slugFromTitle } from '@/lib/content/slug'

import type { ContentDocument } from './load-document'
import { error, type Problem } from './problem'

function checkSlugName(document: ContentDocument): Problem[] {
  if (isValidSlug(document.slug)) return []
  const suggestion = slugFromTitle(document.slug)
  const hint = suggestion ? `, e.g. "${suggestion}.mdx"` : ''
  return [
    error({
      file: document.file,
      line: 1,
      field: 'slug',
      message: `file name "${document.slug}" is not a valid slug: use lowercase letters, digits and single hyphens${hint}`,
    }),
  ]
}

/**
 * The slug is the URL, and contentlayer takes it from the file name alone, so `Foo.mdx` and
 * `foo.mdx`, or `a/x.mdx` and `x.mdx`, would claim one page.
 */
function checkDuplicates(documents: readonly ContentDocument[]): Problem[] {
  const groups = new Map<string, ContentDocument[]>()
  for (const document of documents) {
    const key = `${document.collection}/${document.slug.toLowerCase()}`
    groups.set(key, [...(groups.get(key) ?? []), document])
  }
  return [...groups.values()].flatMap((group) =>
    group.length < 2
      ? []
      : group.map((document) => {
          const others = group.filter((other) => other !== document).map((other) => other.file)
          const url = `/${document.collection}/${document.slug.toLowerCase()}`
          return error({
            file: document.file,
            line: 1,
            field: 'slug',
            message: `slug "${document.slug}" collides with ${others.join(', ')}: both would be ${url}`,
          })
        }),
  )
}

export function checkSlugs(documents: readonly ContentDocument[]): Problem[] {
  return [...documents.flatMap(checkSlugName), ...checkDuplicates(documents)]
}
