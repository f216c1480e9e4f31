import { ArticleList } from '@/components/article/article-card'
import { Container } from '@/components/layout/container'
import { Pagination } from '@/components/layout/pagination'
import { MdxContent } from '@/components/mdx/mdx-content'
import { JsonLd } from '@/components/seo/json-ld'
import type { Article, Category } from '@/lib/content'
import { pagePath, type Page } from '@/lib/content/paginate'
import { categoryFeedPath } from '@/lib/feed/paths'
import { categoryTrail } from '@/lib/seo/breadcrumbs'
import { collectionPageJsonLd } from '@/lib/seo/json-ld'
import { pagedTrail } from '@/lib/seo/listing-pages'
import { site } from '@/lib/site'

import { ListingBreadcrumb } from './listing-breadcrumb'

type Props = { category: Category; listing: Page<Article> }

/** A category page, at its own URL and at each later page of its articles. */
export function CategoryListing({ category, listing }: Props) {
  const feed = categoryFeedPath(category.slug)
  return (
    <Container className="py-10 sm:py-12">
      <JsonLd
        data={collectionPageJsonLd({
          name: category.title,
          description: category.description,
          path: pagePath(category.url, listing.page),
          articles: listing.items,
        })}
      />
      {/* React hoists this into <head>: feed readers find the category's own feed from its page. */}
      <link
        rel="alternate"
        type="application/rss+xml"
        href={feed}
        title={`${site.publisher}: ${category.title} (RSS)`}
      />
      <ListingBreadcrumb crumbs={pagedTrail(categoryTrail(category), listing.page)} />
      <header className="mt-6">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{category.title}</h1>
        <p className="text-muted mt-3 text-lg">{category.description}</p>
        <p className="mt-3 text-sm">
          <a href={feed} className="text-accent underline underline-offset-4">
            Follow {category.title} by RSS
          </a>
        </p>
      </header>
      <div className="prose prose-zinc dark:prose-invert prose-a:text-accent mt-6 max-w-none">
        <MdxContent code={category.body} />
      </div>
      <section aria-labelledby="category-articles" className="mt-10">
        <h2
          id="category-articles"
          className="text-muted mb-6 text-sm font-semibold tracking-wider uppercase"
        >
          {listing.total} {listing.total === 1 ? 'article' : 'articles'}
        </h2>
        <ArticleList articles={listing.items} headingLevel={3} />
      </section>
      <Pagination basePath={category.url} page={listing.page} totalPages={listing.totalPages} />
    </Container>
  )
}
