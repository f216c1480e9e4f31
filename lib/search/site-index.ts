import 'server-only'

import { getUpcomingArticles } from '@/lib/content'
import { currentTime } from '@/lib/content/clock'
import { isListed } from '@/lib/content/visibility'

import { buildSearchIndex } from './build-index'
import type { SearchEntry } from './entry'
import { prepareIndex } from './rank'
import { runSearch, type SearchOutcome } from './result-view'

// Module scope runs once per server process: the text of every published and scheduled article is
// extracted from the content layer once, never per request. Which of them are searchable changes
// only when a scheduled date passes, so the ranked index is rebuilt at most once per day.
const upcoming = buildSearchIndex(getUpcomingArticles())

let current: { day: string; entries: SearchEntry[]; prepared: ReturnType<typeof prepareIndex> }

function publishedIndex() {
  const now = currentTime()
  const day = now.toISOString().slice(0, 10)
  if (current?.day !== day) {
    const entries = upcoming.filter((entry) => isListed({ draft: false, date: entry.date }, now))
    current = { day, entries, prepared: prepareIndex(entries) }
  }
  return current
}

/** Every published article as the client index ships it. */
export function getSearchEntries(): SearchEntry[] {
  return publishedIndex().entries
}

export function searchArticles(input: string): SearchOutcome {
  return runSearch(publishedIndex().prepared, input)
}
