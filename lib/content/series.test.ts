import { describe, expect, it } from 'vitest'

import type { Article } from '@/lib/content'
import { fakeArticle } from '@/lib/seo/test-fixtures'

import { seriesOf } from './series'

const inSeries = (slug: string, order: number, overrides: Partial<Article> = {}) =>
  fakeArticle(slug, {
    series: { name: 'From MVP to scale', slug: 'from-mvp-to-scale', order },
    ...overrides,
  })

const second = inSeries('second', 2, { date: '2026-01-01' })
const first = inSeries('first', 1, { date: '2026-03-01' })
const fourth = inSeries('fourth', 4)
const draftThird = inSeries('third', 3, { draft: true })
const other = fakeArticle('other', {
  series: { name: 'Other', slug: 'other', order: 1 },
})
const standalone = fakeArticle('standalone')

const published = [first, standalone, fourth, draftThird, second, other]

describe('seriesOf', () => {
  it('lists the published parts by order, whatever order they arrive in', () => {
    const series = seriesOf(second, published)
    expect(series?.name).toBe('From MVP to scale')
    expect(series?.parts.map((part) => part.slug)).toEqual(['first', 'second', 'fourth'])
  })

  it('numbers the article by its place among published parts, out of how many there are', () => {
    expect(seriesOf(first, published)).toMatchObject({ position: 1, total: 3 })
    expect(seriesOf(second, published)).toMatchObject({ position: 2, total: 3 })
    // Order 4 behind a draft part 3 still reads "Part 3 of 3".
    expect(seriesOf(fourth, published)).toMatchObject({ position: 3, total: 3 })
  })

  it('leaves drafts out of the parts, and gives a draft no series of its own', () => {
    expect(seriesOf(first, published)?.parts).not.toContain(draftThird)
    expect(seriesOf(draftThird, published)).toBeUndefined()
  })

  it('keeps other series apart, and gives an article in none no series', () => {
    expect(seriesOf(other, published)).toMatchObject({ position: 1, total: 1, parts: [other] })
    expect(seriesOf(standalone, published)).toBeUndefined()
  })
})
