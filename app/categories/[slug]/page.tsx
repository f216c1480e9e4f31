import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/article/article-card'
import { Breadcrumb } from '@/components/article/breadcrumb'
import { Container } from '@/components/layout/container'
import { MdxContent } from '@/components/mdx/mdx-content'
import { JsonLd } from '@/components/seo/json-ld'
import { getArticlesByCategory, getCategories, getCategory } from '@/lib/content'
import { categoryTrail } from '@/lib/seo/breadcrumbs'
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { categoryFeedPath } from '@/lib/feed/paths'
import { site } from '@/lib/site'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getCategory((await params).slug)
  if (!category) return {}
  const { title, description, url: path } = category
  return pageMetadata({ title, description, path })
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params
  const category = getCategory(slug)
  if (!category) notFound()
  const articles = getArticlesByCategory(slug)
  return (
    <Container className="py-10 sm:py-12">
      <JsonLd
        data={collectionPageJsonLd({
          name: category.title,
          description: category.description,
          path: category.url,
          articles,
        })}
      />
      <JsonLd data={breadcrumbJsonLd(categoryTrail(category))} />
      {/* React hoists this into <head>: feed readers find the category's own feed from its page. */}
      <link
        rel="alternate"
        type="application/rss+xml"
        href={categoryFeedPath(category.slug)}
        title={`${site.publisher}: ${category.title} (RSS)`}
      />
      <Breadcrumb trail={[{ label: 'Home', href: '/' }]} current={category.title} />
      <header className="mt-6">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{category.title}</h1>
        <p className="text-muted mt-3 text-lg">{category.description}</p>
        <p className="mt-3 text-sm">
          <a
            href={categoryFeedPath(category.slug)}
            className="text-accent underline underline-offset-4"
          >
            Follow {category.title} by RSS
          </a>
        </p>
      </header>
      <div className="prose prose-zinc prose-a:text-accent mt-6 max-w-none">
        <MdxContent code={category.body} />
      </div>
      <section aria-labelledby="category-articles" className="mt-10">
        <h2
          id="category-articles"
          className="text-muted mb-6 text-sm font-semibold tracking-wider uppercase"
        >
          {articles.length} {articles.length === 1 ? 'article' : 'articles'}
        </h2>
        <ArticleList articles={articles} headingLevel={3} />
      </section>
    </Container>
  )
}
