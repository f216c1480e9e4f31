import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { getArticle, getPublishedArticles, type Article } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

import { devtoMarkdown, devtoTags } from './devto'

type FrontMatter = {
  title: string
  published: boolean
  description: string
  tags?: string
  canonical_url: string
  cover_image: string
}

function split(file: string): { frontMatter: FrontMatter; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(file)
  if (!match) throw new Error('no front matter')
  return { frontMatter: parse(match[1]!) as FrontMatter, body: match[2]! }
}

const published = getPublishedArticles()

describe('Dev.to export', () => {
  it('opens with valid front matter: a draft with at most four plain tags', () => {
    for (const article of published) {
      const { frontMatter } = split(devtoMarkdown(article))
      expect(frontMatter.title).toBe(article.title)
      expect(frontMatter.description).toBe(article.description)
      expect(frontMatter.published).toBe(false)
      const tags = frontMatter.tags?.split(', ') ?? []
      expect(tags.length).toBeLessThanOrEqual(4)
      for (const tag of tags) expect(tag).toMatch(/^[a-z0-9]+$/)
      expect(frontMatter.cover_image).toBe(absoluteUrl(`${article.url}/opengraph-image`))
    }
  })

  it('points canonical_url at this site when the article was first published here', () => {
    const own = published.find((a) => !a.publishedElsewhere) as Article
    expect(split(devtoMarkdown(own)).frontMatter.canonical_url).toBe(absoluteUrl(own.url))
  })

  it('points canonical_url at the original when the article was first published elsewhere', () => {
    const elsewhere = published.find((a) => a.publishedElsewhere)
    if (!elsewhere) throw new Error('no sample article has canonicalUrl')
    expect(elsewhere.canonicalUrl).not.toContain(absoluteUrl('/'))
    expect(split(devtoMarkdown(elsewhere)).frontMatter.canonical_url).toBe(elsewhere.canonicalUrl)
  })

  it('carries the body as plain markdown ending with the attribution', () => {
    const article = getArticle('mvp-vs-scalable-product-architecture')!
    const { body } = split(devtoMarkdown(article))
    expect(body).toMatch(/^An MVP and a scalable product/)
    expect(body).toContain('> **Warning: Two shortcuts that are never cheap**')
    expect(body).not.toContain('<Callout')
    expect(body).not.toMatch(/\]\(\//)
    const url = article.canonicalUrl
    expect(
      body.endsWith(`This article was originally published at [${url}](${url}) by Modder Coder.\n`),
    ).toBe(true)
  })

  it('reduces tags to what Dev.to accepts', () => {
    const tags = ['data-modeling', 'Café Ops', 'api_design', 'DATA-modeling', 'ci', '--', 'sixth']
    expect(devtoTags(tags.map((name) => ({ name, slug: name.toLowerCase(), url: '' })))).toEqual([
      'datamodeling',
      'cafeops',
      'apidesign',
      'ci',
    ])
  })
})
