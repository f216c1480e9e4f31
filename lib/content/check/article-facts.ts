import { articleFieldSchemas } from '@/lib/content/frontmatter'

import type { ContentDocument } from './load-document'

/** The fields other rules build on, each kept only if valid on its own. */
export type ArticleFacts = {
  category: string | undefined
  description: string | undefined
  draft: boolean
  tags: string[]
}

type Parser<T> = { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }

function valid<T>(schema: Parser<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value)
  return result.success ? result.data : undefined
}

// Several rules ask for the same document's facts: parse them once.
const known = new WeakMap<ContentDocument, ArticleFacts>()

/**
 * A file with a bad `date` still counts with its good `tags` and `draft`, and the bad field is
 * reported once, by the frontmatter rule, rather than again by every rule that reads it.
 */
export function readArticleFacts(document: ContentDocument): ArticleFacts {
  let facts = known.get(document)
  if (facts === undefined) {
    facts = parseFacts(document.data ?? {})
    known.set(document, facts)
  }
  return facts
}

function parseFacts(data: Record<string, unknown>): ArticleFacts {
  return {
    category: valid(articleFieldSchemas.category, data.category),
    description: valid(articleFieldSchemas.description, data.description),
    draft: valid(articleFieldSchemas.draft, data.draft) ?? false,
    tags: valid(articleFieldSchemas.tags, data.tags) ?? [],
  }
}
