import { Link } from '@/components/ui/link'

import type { Series } from '@/lib/content'

/** Every part of the series in reading order; the one being read is marked, not linked. */
export function SeriesParts({ series, current }: { series: Series; current: string }) {
  return (
    <nav
      aria-labelledby="series-heading"
      className="border-line bg-wash my-8 rounded-lg border p-5"
    >
      <h2 id="series-heading" className="text-sm font-semibold">
        <span className="text-muted">Series: </span>
        {series.name}
      </h2>
      <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-sm">
        {series.parts.map((part) => (
          <li key={part.slug}>
            {part.slug === current ? (
              <span aria-current="page" className="font-semibold">
                {part.title}
              </span>
            ) : (
              <Link href={part.url} className="text-accent underline-offset-4 hover:underline">
                {part.title}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
