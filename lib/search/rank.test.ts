import { describe, expect, it } from 'vitest'

import { parseQuery } from './query'
import { rankEntries } from './rank'
import { entry, indexOf } from './test-fixtures'

const rank = (input: string, ...entries: Parameters<typeof indexOf>) =>
  rankEntries(indexOf(...entries), parseQuery(input)).map((e) => e.slug)

describe('rankEntries', () => {
  it('puts a title hit before a body-only hit, even an older one', () => {
    const inBody = entry('in-body', { date: '2026-03-01', body: 'We moved to Postgres last year.' })
    const inTitle = entry('in-title', { date: '2025-01-01', title: 'Postgres schemas' })
    expect(rank('postgres', inBody, inTitle)).toEqual(['in-title', 'in-body'])
  })

  it('ranks fields title, then tags, then description, then body', () => {
    const entries = [
      entry('body', { body: 'about caching' }),
      entry('description', { description: 'about caching' }),
      entry('tags', { tags: ['Caching'] }),
      entry('title', { title: 'Caching' }),
    ]
    expect(rank('caching', ...entries)).toEqual(['title', 'tags', 'description', 'body'])
  })

  it('puts more matched terms in a field before fewer', () => {
    const one = entry('one', { title: 'Postgres at scale', body: 'A schema or two.' })
    const both = entry('both', { title: 'A Postgres schema', date: '2020-01-01' })
    expect(rank('postgres schema', one, both)).toEqual(['both', 'one'])
  })

  it('needs every term somewhere (AND), in any field', () => {
    const split = entry('split', { title: 'Postgres', tags: ['schema'] })
    const partial = entry('partial', { title: 'Postgres and more Postgres' })
    expect(rank('postgres schema', split, partial)).toEqual(['split'])
  })

  it('breaks ties newest first', () => {
    const old = entry('old', { date: '2024-05-01', body: 'releases' })
    const recent = entry('recent', { date: '2026-05-01', body: 'releases' })
    const middle = entry('middle', { date: '2025-05-01', body: 'releases' })
    expect(rank('releases', old, recent, middle)).toEqual(['recent', 'middle', 'old'])
  })

  it('ignores case and accents on both sides', () => {
    const french = entry('french', { body: 'Un café crème, s’il vous plaît.' })
    expect(rank('CAFE CREME', french)).toEqual(['french'])
    expect(rank('crème', entry('plain', { body: 'creme brulee' }))).toEqual(['plain'])
  })

  it('matches the last word as a prefix, the others as whole words', () => {
    const doc = entry('doc', { body: 'Reversible migrations keep deploys calm.' })
    expect(rank('reversible migra', doc)).toEqual(['doc'])
    expect(rank('revers migrations', doc)).toEqual([])
  })

  it('finds nothing for a query with no words', () => {
    expect(rank('   ', entry('any'))).toEqual([])
    expect(rank('<>', entry('any', { body: '<> everywhere' }))).toEqual([])
  })
})
