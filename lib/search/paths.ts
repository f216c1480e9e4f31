export const SEARCH_PATH = '/search'

/** The compact index the search page's script fetches; nothing else on the site loads it. */
export const SEARCH_INDEX_PATH = '/search/index.json'

/** The search page for a query, as the header's GET form would ask for it. */
export function searchHref(query: string): string {
  const text = query.trim()
  return text ? `${SEARCH_PATH}?${new URLSearchParams({ q: text })}` : SEARCH_PATH
}
