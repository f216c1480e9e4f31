import { describe, expect, it } from 'vitest'

import { absoluteUrl } from '@/lib/site'

import { buildSitemap } from './sitemap'
import { architecture, delivery, fakeArticle, tag } from './test-fixtures'

const older = fakeArticle('older', {
  date: '2025-10-01',
  updated: '2026-02-01',
  category: architecture,
  tags: [tag('postgres')],
})
const newer = fakeArticle('newer', { date: '2026-03-01', category: delivery, tags: [tag('ci')] })
const draft = fakeArticle('draft-idea', {
  date: '2026-06-01',
  draft: true,
  category: delivery,
  tags: [tag('ci'), tag('secret')],
})

const entries = buildSitemap({
  articles: [newer, older, draft],
  categories: [architecture, delivery],
  tags: [tag('postgres'), tag('ci')],
})
const urls = entries.map((entry) => entry.url)
const modified = (path: string) => entries.find((e) => e.url === absoluteUrl(path))?.lastModified

describe('sitemap', () => {
  it('lists home, exactly the published articles, every category and tag, all absolute', () => {
    expect(urls).toEqual([
      absoluteUrl('/'),
      absoluteUrl('/articles/newer'),
      absoluteUrl('/articles/older'),
      absoluteUrl('/categories/architecture'),
      absoluteUrl('/categories/delivery'),
      absoluteUrl('/tags/postgres'),
      absoluteUrl('/tags/ci'),
    ])
  })

  it('never lists a draft, nor anything under /admin', () => {
    expect(urls.some((url) => url.includes('draft-idea'))).toBe(false)
    expect(urls.some((url) => new URL(url).pathname.startsWith('/admin'))).toBe(false)
  })

  it('dates an article by its update, else its publication', () => {
    expect(modified('/articles/older')).toBe('2026-02-01')
    expect(modified('/articles/newer')).toBe('2026-03-01')
  })

  it('dates a listing by its latest published article, ignoring drafts', () => {
    expect(modified('/')).toBe('2026-03-01')
    expect(modified('/categories/architecture')).toBe('2026-02-01')
    expect(modified('/categories/delivery')).toBe('2026-03-01')
    expect(modified('/tags/ci')).toBe('2026-03-01')
  })

  it('lists the later pages of a listing that runs past one page, and no empty page', () => {
    const many = Array.from({ length: 13 }, (_, index) =>
      fakeArticle(`many-${index}`, { category: architecture, tags: [tag('ci')] }),
    )
    const paged = buildSitemap({ articles: many, categories: [architecture, delivery], tags: [] })
      .map((entry) => entry.url)
      .filter((url) => !url.includes('/articles/'))
    expect(paged).toEqual([
      absoluteUrl('/'),
      absoluteUrl('/page/2'),
      absoluteUrl('/categories/architecture'),
      absoluteUrl('/categories/architecture/page/2'),
      absoluteUrl('/categories/delivery'),
    ])
  })
})
