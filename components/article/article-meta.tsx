import { Link } from '@/components/ui/link'

import { FormattedDate } from '@/components/ui/formatted-date'
import type { Article } from '@/lib/content'

/** Category, dates and reading time in the seed article's order; then which part, in a series. */
export function ArticleMeta({
  article,
  linkCategory = true,
  part,
}: {
  article: Article
  linkCategory?: boolean
  part?: { position: number; total: number }
}) {
  return (
    <p className="text-muted flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {linkCategory ? (
        <Link href={article.category.url} className="text-accent font-medium hover:underline">
          {article.category.title}
        </Link>
      ) : (
        <span className="text-accent font-medium">{article.category.title}</span>
      )}
      <span aria-hidden="true">·</span>
      <FormattedDate date={article.date} />
      {article.updated ? (
        <>
          <span aria-hidden="true">·</span>
          <span>
            Updated <FormattedDate date={article.updated} />
          </span>
        </>
      ) : null}
      <span aria-hidden="true">·</span>
      <span>{article.readingTime} min read</span>
      {part ? (
        <>
          <span aria-hidden="true">·</span>
          <span>
            Part {part.position} of {part.total}
          </span>
        </>
      ) : null}
    </p>
  )
}
