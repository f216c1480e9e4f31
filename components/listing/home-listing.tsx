import { Link } from '@/components/ui/link'

import { ArticleList } from '@/components/article/article-card'
import { Container } from '@/components/layout/container'
import { Pagination } from '@/components/layout/pagination'
import { JsonLd } from '@/components/seo/json-ld'
import type { Article, Category } from '@/lib/content'
import type { Page } from '@/lib/content/paginate'
import { organizationJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld'
import { site } from '@/lib/site'

type Props = { categories: Category[]; listing: Page<Article> }

/** The home page, at `/` and at each later page of the library. */
export function HomeListing({ categories, listing }: Props) {
  return (
    <Container className="py-12 sm:py-16">
      <JsonLd data={organizationJsonLd()} />
      <JsonLd data={webSiteJsonLd()} />
      <header>
        <p className="text-accent text-sm font-semibold tracking-wider uppercase">
          {site.publisher}&apos;s {site.libraryName}
        </p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          {site.pitch}
        </h1>
      </header>
      <nav aria-label="Categories" className="mt-8">
        <ul className="flex flex-wrap gap-2 text-sm">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={category.url}
                className="border-line text-ink hover:border-accent hover:text-accent inline-block rounded-full border px-3 py-1"
              >
                {category.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="latest" className="mt-12">
        <h2 id="latest" className="sr-only">
          All articles
        </h2>
        <ArticleList articles={listing.items} headingLevel={3} />
      </section>
      <Pagination basePath="/" page={listing.page} totalPages={listing.totalPages} />
    </Container>
  )
}
