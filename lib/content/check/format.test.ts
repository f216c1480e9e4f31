import { describe, expect, it } from 'vitest'

import { formatProblem, formatReport, formatSummary } from './format'
import { error, warning } from './problem'

const dateError = error({
  file: 'content/articles/x.mdx',
  line: 4,
  field: 'date',
  message: '`date` must be a real calendar date in YYYY-MM-DD form, got "2026-02-30"',
})
const lengthWarning = warning({
  file: 'content/articles/y.mdx',
  line: 3,
  field: 'description',
  message: '`description` is 10 characters; aim for 50–160 (it is the meta description)',
})

describe('format', () => {
  it('prints one file:line line per problem', () => {
    expect(formatProblem(dateError)).toBe(
      'content/articles/x.mdx:4: error: date: `date` must be a real calendar date in YYYY-MM-DD form, got "2026-02-30"',
    )
    expect(formatProblem(lengthWarning)).toBe(
      'content/articles/y.mdx:3: warning: description: `description` is 10 characters; aim for 50–160 (it is the meta description)',
    )
  })

  it('sums up errors, warnings and files, in the singular where it applies', () => {
    const counts = { articles: 2, categories: 1 }
    expect(formatSummary([dateError, lengthWarning], counts)).toBe('1 error, 1 warning in 2 files')
    expect(formatSummary([dateError, dateError, dateError], counts)).toBe(
      '3 errors, 0 warnings in 1 file',
    )
  })

  it('says what was checked when everything is clean', () => {
    expect(formatReport([], { articles: 8, categories: 3 })).toBe('✓ 8 articles, 3 categories OK')
    expect(formatReport([], { articles: 1, categories: 1 })).toBe('✓ 1 article, 1 category OK')
  })
})
