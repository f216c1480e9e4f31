import { describe, expect, it } from 'vitest'

import { parseQuery, termMatchers } from './query'

describe('parseQuery', () => {
  it('splits words on anything that is not a letter or digit, folded and each once', () => {
    expect(parseQuery('  Postgres, SCHEMA… postgres  ').terms).toEqual(['postgres', 'schema'])
    expect(parseQuery('Next.js 16').terms).toEqual(['next', 'js', '16'])
  })

  it('keeps the text as typed (trimmed) for display', () => {
    expect(parseQuery('  Café crème ').text).toBe('Café crème')
  })

  it('finds no words in markup: <script> is only the word "script"', () => {
    expect(parseQuery('<script>alert("x")</script>').terms).toEqual(['script', 'alert', 'x'])
    expect(parseQuery('<>&"').terms).toEqual([])
  })

  it('lets only the last word match as a prefix, and only from three letters', () => {
    expect(termMatchers(parseQuery('postgres migra'))).toEqual([
      { term: 'postgres', prefix: false },
      { term: 'migra', prefix: true },
    ])
    expect(parseQuery('postgres ci').prefixLast).toBe(false)
  })

  it('bounds the work a query can ask for', () => {
    expect(parseQuery('word '.repeat(500)).text.length).toBeLessThanOrEqual(200)
    expect(parseQuery('a b c d e f g h i j k l').terms).toHaveLength(8)
  })
})
