import 'server-only'

import { getPublishedArticles } from '@/lib/content'

import { buildSearchIndex } from './build-index'
import { prepareIndex } from './rank'
import { runSearch, type SearchOutcome } from './result-view'

// Module scope runs once per server process: the index is built from the content layer when the
// first search arrives (or when the build prerenders the index route), never per request.
const entries = buildSearchIndex(getPublishedArticles())
const prepared = prepareIndex(entries)

/** Every published article as the client index ships it. */
export function getSearchEntries() {
  return entries
}

export function searchArticles(input: string): SearchOutcome {
  return runSearch(prepared, input)
}
