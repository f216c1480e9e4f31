import 'server-only'

import { readFileSync } from 'node:fs'

import type { Collection, ContentFile } from './content-files'
import { parseFrontmatter, type FrontmatterPath } from './parse-frontmatter'
import { error, warning, type Problem } from './problem'
import { splitFrontmatter } from './split-frontmatter'

/** A content file read once and shared by every rule. */
export type ContentDocument = {
  file: string
  collection: Collection
  /** The file name without `.mdx`, as contentlayer computes it. */
  slug: string
  /** Frontmatter fields, or undefined when there are none to check (reported at load). */
  data: Record<string, unknown> | undefined
  lineOf: (path: FrontmatterPath) => number
  body: string
  bodyFirstLine: number
}

const MISSING =
  'the file has no frontmatter: start it with a `---` line, the fields (`title: …`), and another `---` line'
const UNCLOSED = 'the frontmatter is never closed: add a `---` line after the last field'

export function loadDocument(source: ContentFile & { collection: Collection }): {
  document: ContentDocument
  problems: Problem[]
} {
  const text = readFileSync(source.absolutePath, 'utf8')
  const slug = (source.file.split('/').at(-1) ?? '').replace(/\.mdx$/, '')
  const base = { file: source.file, collection: source.collection, slug }
  const split = splitFrontmatter(text)
  if (split.status !== 'ok') {
    const message = split.status === 'missing' ? MISSING : UNCLOSED
    return {
      document: { ...base, data: undefined, lineOf: () => 1, body: split.body, bodyFirstLine: 1 },
      problems: [error({ file: source.file, line: 1, field: 'frontmatter', message })],
    }
  }
  const frontmatter = parseFrontmatter(split.yaml, split.yamlFirstLine)
  const problems = frontmatter.problems.map(({ line, message, severity }) =>
    (severity === 'error' ? error : warning)({
      file: source.file,
      line,
      field: 'frontmatter',
      message,
    }),
  )
  return {
    document: {
      ...base,
      data: frontmatter.data,
      lineOf: frontmatter.lineOf,
      body: split.body,
      bodyFirstLine: split.bodyFirstLine,
    },
    problems,
  }
}
