import type { SearchEntry } from './entry'
import { fold } from './fold'
import { hasTerm } from './match'
import { termMatchers, type SearchQuery } from './query'

/** Searched fields, most telling first: a title hit outranks any number of body hits. */
const FIELDS = ['title', 'tags', 'description', 'body'] as const
type Field = (typeof FIELDS)[number]

/** An entry with its fields folded once, when the index is built or fetched, not per query. */
export type PreparedEntry = { entry: SearchEntry; folded: Record<Field, string> }

export function prepareEntry(entry: SearchEntry): PreparedEntry {
  return {
    entry,
    folded: {
      title: fold(entry.title),
      // A separator no word contains, so one tag's end never runs into the next one's start.
      tags: fold(entry.tags.join(' · ')),
      description: fold(entry.description),
      body: fold(entry.body),
    },
  }
}

export function prepareIndex(entries: SearchEntry[]): PreparedEntry[] {
  return entries.map(prepareEntry)
}

/** How many query terms each field holds, in FIELDS order; undefined when a term is nowhere. */
function fieldHits(prepared: PreparedEntry, query: SearchQuery): number[] | undefined {
  const hits = FIELDS.map(() => 0)
  for (const matcher of termMatchers(query)) {
    const found = FIELDS.map((field) => hasTerm(prepared.folded[field], matcher))
    if (!found.includes(true)) return undefined
    found.forEach((hit, index) => {
      if (hit) hits[index]! += 1
    })
  }
  return hits
}

type Scored = { entry: SearchEntry; hits: number[] }

/** Field by field, more matched terms first; then newest; then by title so the order is stable. */
function compareScored(a: Scored, b: Scored): number {
  for (let index = 0; index < FIELDS.length; index += 1) {
    const difference = (b.hits[index] ?? 0) - (a.hits[index] ?? 0)
    if (difference !== 0) return difference
  }
  return b.entry.date.localeCompare(a.entry.date) || a.entry.title.localeCompare(b.entry.title)
}

/**
 * Entries holding every term of the query (each anywhere: title, tags, description or body),
 * best first. Pure, so the server page and the search page's script rank identically.
 */
export function rankEntries(index: PreparedEntry[], query: SearchQuery): SearchEntry[] {
  if (query.terms.length === 0) return []
  const scored: Scored[] = []
  for (const prepared of index) {
    const hits = fieldHits(prepared, query)
    if (hits) scored.push({ entry: prepared.entry, hits })
  }
  return scored.sort(compareScored).map((s) => s.entry)
}
