'use client'

import { Link } from '@/components/ui/link'
import { useEffect, useRef, useState, type ChangeEvent, type SubmitEvent } from 'react'

import { SEARCH_PATH, searchHref } from '@/lib/search/paths'
import { runSearch, type ResultView } from '@/lib/search/result-view'
import { resultsSummary } from '@/lib/search/summary'

import { loadedSearchIndex, loadSearchIndex } from './load-search-index'
import { SearchResults } from './search-results'

const DEBOUNCE_MS = 200

type Shown = { query: string; results: ResultView[] }

/**
 * The search page's box and results. The server renders them for `?q=`, and the form works
 * without script; with it, results follow the typing and the address keeps up (`replaceState`).
 */
export function LiveSearch({ initial }: { initial: Shown }) {
  const [input, setInput] = useState(initial.query)
  const [shown, setShown] = useState(initial)
  const timer = useRef<number | undefined>(undefined)
  const latest = useRef(initial.query)

  // A search still pending when the reader leaves must not rewrite the next page's address.
  useEffect(() => () => window.clearTimeout(timer.current), [])

  async function show(value: string) {
    try {
      const index = await loadSearchIndex()
      if (value !== latest.current) return
      const { query, results } = runSearch(index, value)
      setShown({ query: query.text, results })
      window.history.replaceState(null, '', searchHref(query.text))
    } catch {
      // No index (offline, a failed deploy): the results stay the server's, and submitting works.
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value
    setInput(value)
    latest.current = value
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void show(value), DEBOUNCE_MS)
  }

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    // Until the index has arrived, the form goes to the server like it does without script.
    if (!loadedSearchIndex()) return
    event.preventDefault()
    window.clearTimeout(timer.current)
    void show(input)
  }

  return (
    <>
      <form action={SEARCH_PATH} method="get" onSubmit={onSubmit} className="mt-6">
        <label htmlFor="search-query" className="block font-medium">
          Search articles
        </label>
        <div className="mt-1.5 flex gap-2">
          <input
            id="search-query"
            type="search"
            name="q"
            value={input}
            onChange={onChange}
            onFocus={() => void loadSearchIndex().catch(() => undefined)}
            autoComplete="off"
            className="border-line bg-field block w-full rounded-md border px-3 py-2 text-base shadow-xs"
          />
          <button
            type="submit"
            className="bg-accent hover:bg-accent-strong text-on-accent rounded-md px-4 py-2 font-medium"
          >
            Search
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="text-muted mt-6 mb-6">
        {resultsSummary(shown.query, shown.results.length)}
      </p>
      {shown.query && shown.results.length === 0 ? (
        <p>
          <Link href="/" className="text-accent font-medium underline underline-offset-4">
            Browse the whole library
          </Link>
        </p>
      ) : (
        <SearchResults results={shown.results} />
      )}
    </>
  )
}
