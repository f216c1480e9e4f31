import type { z } from 'zod'

import {
  articleFieldSchemas,
  articleFrontmatterSchema,
  categoryFieldSchemas,
  categoryFrontmatterSchema,
} from '@/lib/content/frontmatter'

import { didYouMean } from './did-you-mean'
import type { ContentDocument } from './load-document'
import { error, type Problem } from './problem'

const RULES = {
  articles: { schema: articleFrontmatterSchema, fields: Object.keys(articleFieldSchemas) },
  categories: { schema: categoryFrontmatterSchema, fields: Object.keys(categoryFieldSchemas) },
} as const

function unknownFieldMessage(key: string, fields: readonly string[]): string {
  const suggestion = didYouMean(key, fields)
  return suggestion
    ? `unknown field \`${key}\`; did you mean \`${suggestion}\`?`
    : `unknown field \`${key}\`; known fields: ${fields.join(', ')}`
}

function toProblems(document: ContentDocument, issue: z.core.$ZodIssue, fields: readonly string[]) {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      error({
        file: document.file,
        line: document.lineOf([key]),
        field: key,
        message: unknownFieldMessage(key, fields),
      }),
    )
  }
  const field = issue.path.length > 0 ? String(issue.path[0]) : 'frontmatter'
  return [
    error({
      file: document.file,
      line: document.lineOf(issue.path),
      field,
      message: issue.message,
    }),
  ]
}

/** Every schema issue of a file, each at the line of its field; zod reports them all in one pass. */
export function checkFrontmatter(document: ContentDocument): Problem[] {
  if (document.data === undefined) return []
  const { schema, fields } = RULES[document.collection]
  const result = schema.safeParse(document.data)
  if (result.success) return []
  return result.error.issues.flatMap((issue) => toProblems(document, issue, fields))
}
