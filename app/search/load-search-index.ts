import type { SearchEntry } from '@/lib/search/entry'
import { SEARCH_INDEX_PATH } from '@/lib/search/paths'
import { prepareIndex, type PreparedEntry } from '@/lib/search/rank'

let loading: Promise<PreparedEntry[]> | undefined
let loaded: PreparedEntry[] | undefined

async function fetchIndex(): Promise<PreparedEntry[]> {
  const response = await fetch(SEARCH_INDEX_PATH)
  if (!response.ok) throw new Error(`${SEARCH_INDEX_PATH}: ${response.status}`)
  // Our own build wrote it from the same SearchEntry type; there is nothing to distrust.
  loaded = prepareIndex((await response.json()) as SearchEntry[])
  return loaded
}

/** The client index, fetched once per page load; a failed fetch is tried again next time. */
export function loadSearchIndex(): Promise<PreparedEntry[]> {
  loading ??= fetchIndex().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

/** The index if it has arrived, without waiting for it. */
export function loadedSearchIndex(): PreparedEntry[] | undefined {
  return loaded
}
