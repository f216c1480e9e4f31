import { imageSize } from 'image-size'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { absoluteUrl, site } from '@/lib/site'

import { articleTrail, categoryTrail, tagTrail } from './breadcrumbs'
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  collectionPageJsonLd,
  LOGO_SIZE,
  organizationJsonLd,
  webSiteJsonLd,
} from './json-ld'
import { architecture, delivery, fakeArticle, tag } from './test-fixtures'

describe('BlogPosting', () => {
  const article = fakeArticle('schema-you-keep', {
    updated: '2026-02-14',
    category: delivery,
    tags: [tag('postgres'), tag('Data Modeling')],
  })
  const posting = blogPostingJsonLd(article)

  it('describes the article with every field search engines ask for', () => {
    const own = absoluteUrl('/articles/schema-you-keep')
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: article.title,
      description: article.description,
      url: own,
      mainEntityOfPage: { '@type': 'WebPage', '@id': own },
      datePublished: '2026-01-10',
      dateModified: '2026-02-14',
      wordCount: 880,
      keywords: ['postgres', 'Data Modeling'],
      articleSection: 'Delivery',
      inLanguage: site.locale,
      license: site.license.url,
      copyrightYear: 2026,
    })
    expect(posting.image).toEqual({
      '@type': 'ImageObject',
      url: absoluteUrl('/articles/schema-you-keep/opengraph-image'),
      width: 1200,
      height: 630,
    })
  })

  it('credits the publisher as author, publisher and copyright holder, with an absolute logo', () => {
    for (const who of [posting.author, posting.publisher, posting.copyrightHolder]) {
      expect(who).toMatchObject({ '@type': 'Organization', name: site.publisher })
      expect(who.logo.url).toBe(absoluteUrl('/logo.png'))
      expect(who.logo.url).toMatch(/^https?:\/\//)
    }
  })

  it('falls back to the publication date when the article was never updated', () => {
    expect(blogPostingJsonLd(fakeArticle('fresh')).dateModified).toBe('2026-01-10')
  })

  it('names the original only when the article was first published elsewhere', () => {
    expect(posting).not.toHaveProperty('isBasedOn')
    const elsewhere = fakeArticle('syndicated', {
      canonicalUrl: 'https://dev.to/moddercoder/syndicated',
      publishedElsewhere: true,
    })
    expect(blogPostingJsonLd(elsewhere).isBasedOn).toBe('https://dev.to/moddercoder/syndicated')
    // The page is still this site's page, whatever its canonical.
    expect(blogPostingJsonLd(elsewhere).mainEntityOfPage['@id']).toBe(
      absoluteUrl('/articles/syndicated'),
    )
  })
})

describe('BreadcrumbList', () => {
  it('follows the visible trail Home › Category › Title with absolute URLs', () => {
    const article = fakeArticle('trail', { title: 'Trail title', category: architecture })
    expect(breadcrumbJsonLd(articleTrail(article)).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Architecture',
        item: absoluteUrl('/categories/architecture'),
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Trail title',
        item: absoluteUrl('/articles/trail'),
      },
    ])
  })

  it('ends category and tag trails at the listing', () => {
    const names = (list: ReturnType<typeof breadcrumbJsonLd>) =>
      list.itemListElement.map((item) => item.name)
    expect(names(breadcrumbJsonLd(categoryTrail(architecture)))).toEqual(['Home', 'Architecture'])
    expect(names(breadcrumbJsonLd(tagTrail(tag('Data Modeling'))))).toEqual([
      'Home',
      '#Data Modeling',
    ])
  })
})

describe('site and listings', () => {
  it('describes the publisher and the site on the home page', () => {
    expect(organizationJsonLd()).toMatchObject({
      '@type': 'Organization',
      name: site.publisher,
      url: absoluteUrl('/'),
      logo: { url: absoluteUrl(site.logo) },
    })
    expect(webSiteJsonLd()).toMatchObject({
      '@type': 'WebSite',
      url: absoluteUrl('/'),
      inLanguage: site.locale,
      publisher: { '@type': 'Organization', name: site.publisher },
    })
  })

  it('lists a collection page’s articles in order', () => {
    const articles = [fakeArticle('first'), fakeArticle('second')]
    const page = collectionPageJsonLd({
      name: 'Architecture',
      description: 'd',
      path: '/x',
      articles,
    })
    expect(page.url).toBe(absoluteUrl('/x'))
    expect(page.mainEntity.itemListElement.map((item) => [item.position, item.url])).toEqual([
      [1, absoluteUrl('/articles/first')],
      [2, absoluteUrl('/articles/second')],
    ])
  })

  it('gives the logo the size of the file that ships', () => {
    const logo = readFileSync(join(process.cwd(), 'public', site.logo))
    expect(imageSize(logo)).toMatchObject({ type: 'png', width: LOGO_SIZE, height: LOGO_SIZE })
  })
})
