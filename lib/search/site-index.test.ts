import { describe, expect, it } from 'vitest'

import { getPublishedArticles } from '@/lib/content'

import { fold } from './fold'
import { getSearchEntries, searchArticles } from './site-index'

const FENCED = /^(```|~~~)[^\n]*\n([\s\S]*?)^\1/gm

/** Lines of code the editors fenced off, read straight from the MDX. */
function fencedLines(source: string): string[] {
  return [...source.matchAll(FENCED)]
    .flatMap((match) => (match[2] ?? '').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 12)
}

describe('the site index (built from lib/content)', () => {
  const entries = getSearchEntries()

  it('holds every published article, newest first, and no draft', () => {
    expect(entries.map((e) => e.slug)).toEqual(getPublishedArticles().map((a) => a.slug))
    // The sample content's draft (content/articles/feature-flags-without-regret.mdx).
    expect(entries.map((e) => e.slug)).not.toContain('feature-flags-without-regret')
  })

  it('keeps the prose of each body without markdown syntax or code blocks', () => {
    for (const entry of entries) {
      expect(entry.body, entry.slug).not.toMatch(/```|~~~|\*\*|^#|\]\(|<Callout/m)
      expect(entry.body, entry.slug).not.toMatch(/\s{2}|\n/)
      const article = getPublishedArticles().find((a) => a.slug === entry.slug)!
      const prose = article.source.replace(FENCED, '')
      // A line of code the prose also quotes (`for update skip locked`) is rightly searchable.
      for (const line of fencedLines(article.source).filter((l) => !prose.includes(l))) {
        expect(entry.body, `${entry.slug}: ${line}`).not.toContain(line)
      }
    }
  })

  it('has code to leave out in the sample content, so the check above means something', () => {
    const fenced = getPublishedArticles().flatMap((a) => fencedLines(a.source))
    expect(fenced.length).toBeGreaterThan(10)
  })

  it('stays compact enough to fetch on the search page', () => {
    expect(JSON.stringify(entries).length).toBeLessThan(100_000)
  })
})

describe('searchArticles on the real content', () => {
  it('ranks the article with "postgres" in its title first', () => {
    const { results } = searchArticles('postgres')
    expect(results[0]?.slug).toBe('designing-a-postgres-schema-you-wont-regret')
    expect(results.length).toBeGreaterThan(1)
  })

  it('returns only articles that hold every term, each with a marked snippet', () => {
    const { query, results } = searchArticles('Postgres migrations')
    expect(results.length).toBeGreaterThan(0)
    const bySlug = new Map(getSearchEntries().map((e) => [e.slug, e]))
    for (const result of results) {
      const entry = bySlug.get(result.slug)!
      const all = fold([entry.title, entry.tags.join(' '), entry.description, entry.body].join(' '))
      for (const term of query.terms) expect(all, result.slug).toContain(term)
      expect(result.snippet.some((part) => part.mark)).toBe(true)
    }
  })

  it('is harmless for a query made of markup', () => {
    const { query, results } = searchArticles('<script>alert(1)</script>')
    expect(query.text).toBe('<script>alert(1)</script>')
    expect(results).toEqual([])
  })
})
