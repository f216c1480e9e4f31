import { Link } from '@/components/ui/link'

import { FormattedDate } from '@/components/ui/formatted-date'
import type { Article } from '@/lib/content'

/**
 * Category, dates and reading time in the seed article's order; then which part, in a series.
 * The dots between them come from the stylesheet (`.meta-row`), so a narrow screen that wraps the
 * row never leaves one at the end or the start of a line.
 */
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
    <p className="meta-row text-muted text-sm">
      <span className="flex flex-wrap items-center gap-y-1">
        <span>
          {linkCategory ? (
            <Link href={article.category.url} className="text-accent font-medium hover:underline">
              {article.category.title}
            </Link>
          ) : (
            <span className="text-accent font-medium">{article.category.title}</span>
          )}
        </span>
        <span>
          <FormattedDate date={article.date} />
        </span>
        {article.updated ? (
          <span>
            Updated <FormattedDate date={article.updated} />
          </span>
        ) : null}
        <span>{article.readingTime} min read</span>
        {part ? (
          <span>
            Part {part.position} of {part.total}
          </span>
        ) : null}
      </span>
    </p>
  )
}
