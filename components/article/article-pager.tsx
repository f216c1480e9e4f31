import Link from 'next/link'

import type { Article } from '@/lib/content'

/** Older and newer neighbours, so a reader can keep going without returning to the list. */
export function ArticlePager({ previous, next }: { previous?: Article; next?: Article }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More articles" className="mt-12 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link
          href={previous.url}
          rel="prev"
          className="border-line hover:border-accent rounded-lg border p-4"
        >
          <span className="text-muted block text-xs font-semibold tracking-wider uppercase">
            Previous article
          </span>
          <span className="mt-1 block font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={next.url}
          rel="next"
          className="border-line hover:border-accent rounded-lg border p-4 sm:text-right"
        >
          <span className="text-muted block text-xs font-semibold tracking-wider uppercase">
            Next article
          </span>
          <span className="mt-1 block font-medium">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  )
}
