import { Link } from '@/components/ui/link'

import { FormattedDate } from '@/components/ui/formatted-date'
import type { Article } from '@/lib/content'

/**
 * One card per article. The title is the only link, so a screen reader hears the title alone; its
 * `after:` layer stretches the click target over the whole card.
 */
function RelatedCard({ article }: { article: Article }) {
  return (
    <li className="border-line hover:border-accent relative rounded-lg border p-4">
      <h3 className="font-semibold tracking-tight text-balance">
        <Link href={article.url} className="hover:text-accent after:absolute after:inset-0">
          {article.title}
        </Link>
      </h3>
      <p className="text-muted mt-2 line-clamp-3 text-sm leading-relaxed">{article.description}</p>
      <p className="text-muted mt-3 text-xs">
        <span className="text-accent font-medium">{article.category.title}</span>
        <span aria-hidden="true"> · </span>
        <FormattedDate date={article.date} />
      </p>
    </li>
  )
}

/** What to read next, after the call to action and before the date-order neighbours. */
export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null
  return (
    <section aria-labelledby="related-articles" className="render-when-near mt-12">
      <h2 id="related-articles" className="text-xl font-semibold tracking-tight">
        Related articles
      </h2>
      <ul className="mt-5 grid gap-4 sm:grid-cols-3">
        {articles.map((article) => (
          <RelatedCard key={article.slug} article={article} />
        ))}
      </ul>
    </section>
  )
}
