import type { SearchEntry } from './entry'
import { highlight, matchRanges, type Part } from './highlight'
import { parseQuery, type SearchQuery } from './query'
import { rankEntries, type PreparedEntry } from './rank'
import { snippet } from './snippet'

/** A result ready to render on either side: plain data, so the server can hand it to the client. */
export type ResultView = {
  slug: string
  url: string
  title: Part[]
  category: string
  date: string
  /** The body around its first match; the description when only title, tags or it matched. */
  snippet: Part[]
}

export function toResultView(entry: SearchEntry, query: SearchQuery): ResultView {
  const bodyRanges = matchRanges(entry.body, query)
  return {
    slug: entry.slug,
    url: entry.url,
    title: highlight(entry.title, query),
    category: entry.category,
    date: entry.date,
    snippet:
      bodyRanges.length > 0 ? snippet(entry.body, bodyRanges) : highlight(entry.description, query),
  }
}

export type SearchOutcome = { query: SearchQuery; results: ResultView[] }

/** What the reader typed, ranked and cut into snippets: the one entry point both sides call. */
export function runSearch(index: PreparedEntry[], input: string): SearchOutcome {
  const query = parseQuery(input)
  return { query, results: rankEntries(index, query).map((entry) => toResultView(entry, query)) }
}
