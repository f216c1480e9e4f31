import Link from 'next/link'

import { ArticleList } from '@/components/article/article-card'
import { Container } from '@/components/layout/container'
import { JsonLd } from '@/components/seo/json-ld'
import { getCategories, getPublishedArticles } from '@/lib/content'
import { organizationJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld'
import { homeMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

export const metadata = homeMetadata()

export default function HomePage() {
  const articles = getPublishedArticles()
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
          {getCategories().map((category) => (
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
        <ArticleList articles={articles} headingLevel={3} />
      </section>
    </Container>
  )
}
