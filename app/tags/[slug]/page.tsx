import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/article/article-card'
import { Breadcrumb } from '@/components/article/breadcrumb'
import { Container } from '@/components/layout/container'
import { JsonLd } from '@/components/seo/json-ld'
import { getArticlesByTag, getTag, getTags, type Tag } from '@/lib/content'
import { tagLabel, tagTrail } from '@/lib/seo/breadcrumbs'
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ slug: tag.slug }))
}

function describeTag(tag: Tag & { count: number }) {
  const articles = tag.count === 1 ? 'One article' : `${tag.count} articles`
  return {
    title: `Articles tagged ${tag.name}`,
    description: `${articles} from ${site.publisher}'s ${site.libraryName} tagged ${tag.name}.`,
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).slug)
  if (!tag) return {}
  return pageMetadata({ ...describeTag(tag), path: tag.url })
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).slug)
  if (!tag) notFound()
  const articles = getArticlesByTag(tag.slug)
  const { title, description } = describeTag(tag)
  return (
    <Container className="py-10 sm:py-12">
      <JsonLd data={collectionPageJsonLd({ name: title, description, path: tag.url, articles })} />
      <JsonLd data={breadcrumbJsonLd(tagTrail(tag))} />
      <Breadcrumb trail={[{ label: 'Home', href: '/' }]} current={tagLabel(tag)} />
      <header className="mt-6">
        <p className="text-accent text-sm font-semibold tracking-wider uppercase">Tag</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{tagLabel(tag)}</h1>
        <p className="text-muted mt-3 text-lg">{description}</p>
      </header>
      <section aria-labelledby="tag-articles" className="mt-10">
        <h2 id="tag-articles" className="sr-only">
          {title}
        </h2>
        <ArticleList articles={articles} headingLevel={3} />
      </section>
    </Container>
  )
}
