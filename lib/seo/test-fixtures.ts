import type { Article, Category, Tag } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

export const architecture: Category = {
  slug: 'architecture',
  title: 'Architecture',
  description: 'How products are put together.',
  url: '/categories/architecture',
  body: '',
}

export const delivery: Category = {
  ...architecture,
  slug: 'delivery',
  title: 'Delivery',
  url: '/categories/delivery',
}

export function tag(name: string): Tag {
  const slug = name.toLowerCase().replace(/\s+/g, '-')
  return { name, slug, url: `/tags/${slug}` }
}

/** An article as lib/content hands it out, without compiling MDX. */
export function fakeArticle(slug: string, overrides: Partial<Article> = {}): Article {
  const url = `/articles/${slug}`
  return {
    slug,
    url,
    title: `Title of ${slug}`,
    description: `Description of ${slug}.`,
    date: '2026-01-10',
    category: architecture,
    tags: [tag('postgres'), tag('Data Modeling')],
    draft: false,
    canonicalUrl: absoluteUrl(url),
    publishedElsewhere: false,
    syndication: [],
    readingTime: 4,
    wordCount: 880,
    headings: [],
    body: '',
    source: '',
    ...overrides,
  }
}
