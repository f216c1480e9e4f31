import { describe, expect, it } from 'vitest'

import { findTerm, hasTerm } from './match'

const exact = (term: string) => ({ term, prefix: false })
const prefix = (term: string) => ({ term, prefix: true })

describe('findTerm', () => {
  it('finds whole words only', () => {
    expect(findTerm('ci runs on circleci, ci.', exact('ci'))).toEqual([
      [0, 2],
      [21, 23],
    ])
    expect(hasTerm('decision', exact('ci'))).toBe(false)
  })

  it('as a prefix, finds the start of a word and spans the whole word', () => {
    expect(findTerm('the migrations ran', prefix('migra'))).toEqual([[4, 14]])
    expect(hasTerm('immigration', prefix('migra'))).toBe(false)
  })

  it('counts punctuation and hyphens as word boundaries', () => {
    expect(hasTerm('data-modeling', exact('modeling'))).toBe(true)
    expect(hasTerm("postgres's", exact('postgres'))).toBe(true)
  })
})
