// The article the Lighthouse run measures: one with both a code block and a table, the
// heaviest kind of page, read from content/ rather than named, so it follows the library.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { countWords } from '@/lib/mdx/words'

const ARTICLES = join(process.cwd(), 'content', 'articles')

export function hasCodeAndTable(body: string): boolean {
  return /^\s*```/m.test(body) && /^\s*\|.*\|\s*\n\s*\|[\s:|-]+\|\s*$/m.test(body)
}

/** Slugs of non-draft articles with code and a table, longest first. */
export function codeAndTableArticles(): string[] {
  return readdirSync(ARTICLES)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(
        readFileSync(join(ARTICLES, file), 'utf8'),
      )
      const data = (parse(match?.[1] ?? '') ?? {}) as { draft?: unknown }
      const body = match?.[2] ?? ''
      if (data.draft === true || !hasCodeAndTable(body)) return []
      return [{ slug: file.slice(0, -'.mdx'.length), words: countWords(body) }]
    })
    .sort((a, b) => b.words - a.words)
    .map((article) => article.slug)
}
