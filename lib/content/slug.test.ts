import { describe, expect, it } from 'vitest'

import { isValidSlug, slugFromTitle, slugify } from './slug'

describe('slugify', () => {
  it('makes the ids rehype-slug gives headings', () => {
    expect(slugify('What an MVP is allowed to fake')).toBe('what-an-mvp-is-allowed-to-fake')
    expect(slugify('Next.js 16: the App Router')).toBe('nextjs-16-the-app-router')
    expect(slugify('C++ & Rust')).toBe('c--rust')
    expect(slugify('Café')).toBe('café')
  })

  it('gives the same slug for the same text every time (no -1 suffixes)', () => {
    expect(slugify('Testing')).toBe(slugify('Testing'))
  })
})

describe('isValidSlug', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(isValidSlug('mvp-vs-scalable-product-architecture')).toBe(true)
    expect(isValidSlug('top-10-mistakes')).toBe(true)
  })

  it.each(['Foo', 'foo_bar', 'foo--bar', '-foo', 'foo-', 'café', 'foo bar', ''])(
    'rejects %j',
    (value) => {
      expect(isValidSlug(value)).toBe(false)
    },
  )
})

describe('slugFromTitle', () => {
  it('folds accents and tidies hyphens so the file name is a valid slug', () => {
    expect(slugFromTitle('Café — notes on C++ & Rust')).toBe('cafe-notes-on-c-rust')
    expect(slugFromTitle('snake_case_names')).toBe('snake-case-names')
  })

  it('gives up on titles with nothing to keep', () => {
    expect(slugFromTitle('!!!')).toBeUndefined()
    expect(slugFromTitle('日本語')).toBeUndefined()
  })
})
