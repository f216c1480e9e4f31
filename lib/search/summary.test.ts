import { describe, expect, it } from 'vitest'

import { resultsSummary } from './summary'

describe('resultsSummary', () => {
  it('prompts for a query when there is none', () => {
    expect(resultsSummary('', 0)).toMatch(/^Type a word/)
  })

  it('counts the results, quoting the query', () => {
    expect(resultsSummary('postgres', 3)).toBe('3 articles match “postgres”')
    expect(resultsSummary('postgres', 1)).toBe('1 article matches “postgres”')
    expect(resultsSummary('zzz', 0)).toBe('No articles match “zzz”')
  })
})
