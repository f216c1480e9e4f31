import { describe, expect, it } from 'vitest'

import { didYouMean } from './did-you-mean'

const fields = [
  'title',
  'description',
  'date',
  'updated',
  'category',
  'tags',
  'draft',
  'canonicalUrl',
  'readingTime',
]

describe('didYouMean', () => {
  it.each([
    ['tittle', 'title'],
    ['descripton', 'description'],
    ['catgeory', 'category'],
    ['tag', 'tags'],
    ['canonical_url', 'canonicalUrl'],
    ['ReadingTime', 'readingTime'],
    ['reading', 'readingTime'],
    ['update', 'updated'],
  ])('%s → %s', (typo, expected) => {
    expect(didYouMean(typo, fields)).toBe(expected)
  })

  it.each(['author', 'image', 'x', ''])('suggests nothing for %j', (name) => {
    expect(didYouMean(name, fields)).toBeUndefined()
  })
})
