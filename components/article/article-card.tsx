import { Link } from '@/components/ui/link'

import type { Article } from '@/lib/content'

import { ArticleMeta } from './article-meta'

/** One entry of a listing: the title is the link; meta and description support it. */
export function ArticleCard({
  article,
  headingLevel = 2,
}: {
  article: Article
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="border-line border-b py-7 first:pt-0 last:border-b-0">
      <Heading className="text-xl font-semibold tracking-tight text-balance">
        <Link href={article.url} className="hover:text-accent">
          {article.title}
        </Link>
      </Heading>
      <p className="text-muted mt-2 leading-relaxed">{article.description}</p>
      <div className="mt-3">
        <ArticleMeta article={article} />
      </div>
    </article>
  )
}

export function ArticleList({
  articles,
  headingLevel,
}: {
  articles: Article[]
  headingLevel?: 2 | 3
}) {
  if (articles.length === 0) return <p className="text-muted">No articles here yet.</p>
  return (
    <div>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  )
}
