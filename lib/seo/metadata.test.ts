import { describe, expect, it } from 'vitest'

import { absoluteUrl, site } from '@/lib/site'

import { articleMetadata, homeMetadata, pageMetadata, siteTitle } from './metadata'
import { delivery, fakeArticle, tag } from './test-fixtures'

const card = (path: string, alt: string) => ({
  url: absoluteUrl(`${path}/opengraph-image`),
  width: 1200,
  height: 630,
  alt,
  type: 'image/png',
})

describe('article metadata', () => {
  const article = fakeArticle('ci-trust', {
    title: 'A CI pipeline that earns trust',
    updated: '2026-02-03',
    category: delivery,
    tags: [tag('ci'), tag('testing')],
  })

  it('is an Open Graph article with its dates, section and tags', () => {
    expect(articleMetadata(article).openGraph).toMatchObject({
      type: 'article',
      title: article.title,
      url: absoluteUrl('/articles/ci-trust'),
      siteName: site.publisher,
      locale: 'en_US',
      publishedTime: '2026-01-10',
      modifiedTime: '2026-02-03',
      section: 'Delivery',
      tags: ['ci', 'testing'],
      images: [card('/articles/ci-trust', article.title)],
    })
  })

  it('is modified when published if never updated', () => {
    expect(articleMetadata(fakeArticle('x')).openGraph).toMatchObject({
      modifiedTime: '2026-01-10',
    })
  })

  it('points canonical and og:url to the original when first published elsewhere', () => {
    const original = 'https://dev.to/moddercoder/ci-trust'
    const metadata = articleMetadata({
      ...article,
      canonicalUrl: original,
      publishedElsewhere: true,
    })
    expect(metadata.alternates?.canonical).toBe(original)
    expect(metadata.openGraph).toMatchObject({ url: original })
  })

  it('asks for the large Twitter card and keeps drafts out of the index', () => {
    expect(articleMetadata(article).twitter).toEqual({ card: 'summary_large_image' })
    expect(articleMetadata(article).robots).toBeUndefined()
    expect(articleMetadata({ ...article, draft: true }).robots).toEqual({ index: false })
  })
})

describe('page metadata', () => {
  it('gives listings an absolute canonical and a website card', () => {
    const metadata = pageMetadata({
      title: 'Delivery',
      description: 'd',
      path: '/categories/delivery',
    })
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/categories/delivery'))
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: absoluteUrl('/categories/delivery'),
      images: [card('/categories/delivery', 'Delivery')],
    })
  })

  it('names the home page in full, without the layout template', () => {
    const metadata = homeMetadata()
    expect(metadata.title).toEqual({ absolute: siteTitle })
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/'))
    expect(metadata.openGraph).toMatchObject({
      title: siteTitle,
      images: [{ url: absoluteUrl('/opengraph-image') }],
    })
  })
})
