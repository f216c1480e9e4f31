import { describe, expect, it } from 'vitest'

import { highlight, matchRanges } from './highlight'
import { parseQuery } from './query'
import { snippet } from './snippet'

const marked = (parts: { text: string; mark: boolean }[]) =>
  parts.filter((p) => p.mark).map((p) => p.text)
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('')

const filler = (words: number, word = 'lorem') => Array(words).fill(word).join(' ')

describe('highlight', () => {
  it('marks every term where it occurs, in the text as written', () => {
    const parts = highlight('Postgres schema: a schema in Postgres', parseQuery('postgres schema'))
    expect(marked(parts)).toEqual(['Postgres', 'schema', 'schema', 'Postgres'])
    expect(joined(parts)).toBe('Postgres schema: a schema in Postgres')
  })

  it('marks accented text for an unaccented query, accent and all', () => {
    expect(marked(highlight('Le Cafe\u0301 de Flore, café', parseQuery('cafe')))).toEqual([
      'Cafe\u0301',
      'café',
    ])
  })

  it('marks the whole word a prefix starts', () => {
    expect(marked(highlight('Two migrations a week', parseQuery('migr')))).toEqual(['migrations'])
  })

  it('keeps markup in the text as text: <script> only ever lands in a text run', () => {
    const parts = highlight('Never trust <script>alert(1)</script> input', parseQuery('<script>'))
    expect(parts).toEqual([
      { text: 'Never trust <', mark: false },
      { text: 'script', mark: true },
      { text: '>alert(1)</', mark: false },
      { text: 'script', mark: true },
      { text: '> input', mark: false },
    ])
  })
})

describe('snippet', () => {
  const body = `${filler(40)} The schema outlives the code. ${filler(60)} Another schema here.`

  it('opens a little before the first match, at a word start, with an ellipsis', () => {
    const parts = snippet(body, matchRanges(body, parseQuery('schema')))
    const text = joined(parts)
    expect(text.startsWith('…lorem')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(text).toContain('The schema outlives the code.')
    expect(text.length).toBeLessThanOrEqual(203)
    expect(text.indexOf('schema')).toBeLessThan(70)
  })

  it('marks the matches inside the window only, at the right places', () => {
    const parts = snippet(body, matchRanges(body, parseQuery('schema')))
    expect(marked(parts)).toEqual(['schema'])
    const index = parts.findIndex((p) => p.mark)
    expect(parts[index - 1]?.text.endsWith('The ')).toBe(true)
    expect(parts[index + 1]?.text.startsWith(' outlives')).toBe(true)
  })

  it('shows a short text whole, with no ellipsis', () => {
    const short = 'Schemas are forever.'
    expect(snippet(short, matchRanges(short, parseQuery('schemas')))).toEqual([
      { text: 'Schemas', mark: true },
      { text: ' are forever.', mark: false },
    ])
  })

  it('opens at the start when the match is near it', () => {
    const text = `Early schema words ${filler(80)}`
    const parts = snippet(text, matchRanges(text, parseQuery('schema')))
    expect(joined(parts).startsWith('Early schema')).toBe(true)
  })
})
