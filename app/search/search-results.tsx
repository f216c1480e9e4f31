import { Link } from '@/components/ui/link'

import { HighlightedText } from '@/components/search/highlighted-text'
import { FormattedDate } from '@/components/ui/formatted-date'
import type { ResultView } from '@/lib/search/result-view'

function SearchResult({ result }: { result: ResultView }) {
  return (
    <article className="border-line border-b py-7 first:pt-0 last:border-b-0">
      <h2 className="text-xl font-semibold tracking-tight text-balance">
        <Link href={result.url} className="hover:text-accent">
          <HighlightedText parts={result.title} />
        </Link>
      </h2>
      <p className="text-muted mt-2 flex flex-wrap gap-x-3 text-sm">
        <span className="text-accent font-medium">{result.category}</span>
        <span aria-hidden="true">·</span>
        <FormattedDate date={result.date} />
      </p>
      <p className="text-muted mt-2 leading-relaxed">
        <HighlightedText parts={result.snippet} />
      </p>
    </article>
  )
}

export function SearchResults({ results }: { results: ResultView[] }) {
  return (
    <div>
      {results.map((result) => (
        <SearchResult key={result.slug} result={result} />
      ))}
    </div>
  )
}
