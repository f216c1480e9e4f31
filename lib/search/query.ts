import { fold } from './fold'

export type SearchQuery = {
  /** What the reader typed, trimmed: shown back to them, never parsed as markup. */
  text: string
  /** Folded words, each once, in the order typed; every one must match (AND). */
  terms: string[]
  /** The last word may still be being typed, so it matches the start of a word too. */
  prefixLast: boolean
}

/** Bounds the work one request can ask for; no real query comes near either. */
const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 8
/** Shorter prefixes (`a`, `ci`) would match half the library. */
const MIN_PREFIX_LENGTH = 3

const WORD = /[\p{L}\p{N}]+/gu

export function parseQuery(input: string): SearchQuery {
  const text = input.trim().slice(0, MAX_QUERY_LENGTH)
  const terms = [...new Set(fold(text).match(WORD) ?? [])].slice(0, MAX_TERMS)
  const last = terms.at(-1) ?? ''
  return { text, terms, prefixLast: last.length >= MIN_PREFIX_LENGTH }
}

export type TermMatcher = { term: string; prefix: boolean }

export function termMatchers(query: SearchQuery): TermMatcher[] {
  return query.terms.map((term, index) => ({
    term,
    prefix: query.prefixLast && index === query.terms.length - 1,
  }))
}
