import { SEARCH_PATH } from '@/lib/search/paths'

/** The header's search box: a plain GET form to the search page, so it needs no script at all. */
export function SiteSearchForm() {
  return (
    <form
      role="search"
      aria-label="Site"
      action={SEARCH_PATH}
      method="get"
      className="flex items-center gap-2"
    >
      <label htmlFor="site-search" className="sr-only">
        Search articles
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search articles"
        className="border-line placeholder:text-muted bg-field w-36 rounded-md border px-2.5 py-1 text-sm"
      />
      <button
        type="submit"
        className="border-line text-ink hover:border-accent hover:text-accent rounded-md border px-2.5 py-1 text-sm font-medium"
      >
        Search
      </button>
    </form>
  )
}
