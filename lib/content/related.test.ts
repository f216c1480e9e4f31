import { describe, expect, it } from 'vitest'

import { architecture, delivery, fakeArticle, tag } from '@/lib/seo/test-fixtures'

import { relatedArticles } from './related'

const current = fakeArticle('current', {
  category: architecture,
  tags: [tag('postgres'), tag('api'), tag('testing')],
})

const slugs = (list: { slug: string }[]) => list.map((article) => article.slug)

describe('relatedArticles', () => {
  it('ranks by shared tags, then same category, then newest', () => {
    const published = [
      fakeArticle('newest-unrelated', { date: '2026-09-01', category: delivery, tags: [] }),
      fakeArticle('one-tag-other-category', { category: delivery, tags: [tag('api')] }),
      fakeArticle('same-category-no-tags', { category: architecture, tags: [] }),
      fakeArticle('two-tags', { date: '2025-01-01', tags: [tag('postgres'), tag('testing')] }),
      fakeArticle('one-tag-same-category', { category: architecture, tags: [tag('postgres')] }),
    ]
    expect(slugs(relatedArticles(current, published, published.length))).toEqual([
      'two-tags',
      'one-tag-same-category',
      'one-tag-other-category',
      'same-category-no-tags',
      'newest-unrelated',
    ])
  })

  it('breaks a tie on tags and category by recency, newest first', () => {
    const published = [
      fakeArticle('older', { date: '2026-01-01', tags: [tag('api')] }),
      fakeArticle('newer', { date: '2026-05-01', tags: [tag('api')] }),
    ]
    expect(slugs(relatedArticles(current, published))).toEqual(['newer', 'older'])
  })

  it('returns exactly three when enough exist, filling with unrelated articles if it must', () => {
    const published = [
      fakeArticle('a', { tags: [tag('api')] }),
      fakeArticle('b', { category: delivery, tags: [], date: '2026-02-01' }),
      fakeArticle('c', { category: delivery, tags: [], date: '2026-03-01' }),
      fakeArticle('d', { category: delivery, tags: [], date: '2025-03-01' }),
    ]
    expect(slugs(relatedArticles(current, published))).toEqual(['a', 'c', 'b'])
  })

  it('never lists the article itself, nor a draft', () => {
    const published = [
      current,
      fakeArticle('draft-twin', { draft: true, tags: current.tags, category: architecture }),
      fakeArticle('published', { category: delivery, tags: [] }),
    ]
    expect(slugs(relatedArticles(current, published))).toEqual(['published'])
  })

  it('never offers an article scheduled for a later date', () => {
    const published = [
      fakeArticle('scheduled-twin', { date: '2999-01-01', tags: current.tags }),
      fakeArticle('published', { category: delivery, tags: [] }),
    ]
    expect(slugs(relatedArticles(current, published))).toEqual(['published'])
  })

  it('matches tags by slug, as tag pages do', () => {
    const spaced = fakeArticle('spaced', { tags: [tag('Data Modeling')] })
    const other = fakeArticle('other', { category: delivery, tags: [tag('data modeling')] })
    const newer = fakeArticle('newer', { category: delivery, tags: [], date: '2026-11-01' })
    expect(slugs(relatedArticles(spaced, [newer, other]))).toEqual(['other', 'newer'])
  })
})
