import { ArticleList } from '@/components/article/article-card'
import { Container } from '@/components/layout/container'
import { Pagination } from '@/components/layout/pagination'
import { JsonLd } from '@/components/seo/json-ld'
import type { Article, Tag } from '@/lib/content'
import { pagePath, type Page } from '@/lib/content/paginate'
import { tagLabel, tagTrail } from '@/lib/seo/breadcrumbs'
import { collectionPageJsonLd } from '@/lib/seo/json-ld'
import { describeTag, pagedTrail } from '@/lib/seo/listing-pages'

import { ListingBreadcrumb } from './listing-breadcrumb'

type Props = { tag: Tag & { count: number }; listing: Page<Article> }

/** A tag page, at its own URL and at each later page of its articles. */
export function TagListing({ tag, listing }: Props) {
  const { title, description } = describeTag(tag)
  const path = pagePath(tag.url, listing.page)
  return (
    <Container className="py-10 sm:py-12">
      <JsonLd
        data={collectionPageJsonLd({ name: title, description, path, articles: listing.items })}
      />
      <ListingBreadcrumb crumbs={pagedTrail(tagTrail(tag), listing.page)} />
      <header className="mt-6">
        <p className="text-accent text-sm font-semibold tracking-wider uppercase">Tag</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{tagLabel(tag)}</h1>
        <p className="text-muted mt-3 text-lg">{description}</p>
      </header>
      <section aria-labelledby="tag-articles" className="mt-10">
        <h2 id="tag-articles" className="sr-only">
          {title}
        </h2>
        <ArticleList articles={listing.items} headingLevel={3} />
      </section>
      <Pagination basePath={tag.url} page={listing.page} totalPages={listing.totalPages} />
    </Container>
  )
}
