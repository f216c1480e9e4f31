import { Link } from '@/components/ui/link'

import type { Article } from '@/lib/content'

function PagerLink({
  article,
  rel,
  label,
}: {
  article: Article
  rel: 'prev' | 'next'
  label: string
}) {
  return (
    <Link
      href={article.url}
      rel={rel}
      className={`border-line hover:border-accent rounded-lg border p-4 ${rel === 'next' ? 'sm:col-start-2 sm:text-right' : ''}`}
    >
      <span className="text-muted block text-xs font-semibold tracking-wider uppercase">
        {label}
      </span>
      <span className="mt-1 block font-medium">{article.title}</span>
    </Link>
  )
}

/** Older and newer neighbours, so a reader can keep going without returning to the list. */
export function ArticlePager({ previous, next }: { previous?: Article; next?: Article }) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More articles" className="render-when-near mt-12 grid gap-4 sm:grid-cols-2">
      {previous ? <PagerLink article={previous} rel="prev" label="Previous article" /> : null}
      {next ? <PagerLink article={next} rel="next" label="Next article" /> : null}
    </nav>
  )
}
