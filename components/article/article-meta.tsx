import Link from 'next/link'

import { FormattedDate } from '@/components/ui/formatted-date'
import type { Article } from '@/lib/content'

/** Category, dates and reading time, in the order the seed article shows them. */
export function ArticleMeta({
  article,
  linkCategory = true,
}: {
  article: Article
  linkCategory?: boolean
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
    </p>
  )
}
