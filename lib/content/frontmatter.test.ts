import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

import { articleFrontmatterSchema, categoryFrontmatterSchema, isCalendarDate } from './frontmatter'

const valid = {
  title: 'MVP vs scalable product architecture',
  description: 'What changes when an MVP grows into a product with paying customers.',
  date: '2026-03-29',
  category: 'Product Engineering',
}

const messages = (input: unknown) => {
  const result = articleFrontmatterSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe('articleFrontmatterSchema', () => {
  it('accepts the minimal article and defaults draft to false', () => {
    expect(articleFrontmatterSchema.parse(valid)).toEqual({ ...valid, draft: false })
  })

  it('accepts every optional field', () => {
    const full = {
      ...valid,
      updated: '2026-04-02',
      tags: ['architecture', 'mvp'],
      draft: true,
      canonicalUrl: 'https://dev.to/modder/mvp',
      readingTime: 6,
      series: { name: 'From MVP to scale', order: 2 },
    }
    expect(articleFrontmatterSchema.parse(full)).toEqual(full)
  })

  it('takes an unquoted YAML date as the string it reads as', () => {
    const data: unknown = parse('title: T\ndescription: D\ndate: 2026-03-29\ncategory: c\n')
    expect(articleFrontmatterSchema.parse(data).date).toBe('2026-03-29')
  })

  it('says which field is wrong and what it got, for every field at once', () => {
    expect(messages({ description: '', date: '2026-02-30', category: 'c' })).toEqual([
      '`title` is required',
      '`description` must not be empty',
      '`date` must be a real calendar date in YYYY-MM-DD form, got "2026-02-30"',
    ])
  })

  it.each([
    [
      { date: '2026-13-01' },
      '`date` must be a real calendar date in YYYY-MM-DD form, got "2026-13-01"',
    ],
    [{ date: 20260329 }, '`date` must be a real calendar date in YYYY-MM-DD form, got 20260329'],
    [{ date: null }, '`date` is empty; it must be a real calendar date in YYYY-MM-DD form'],
    [{ updated: '2026-03-28' }, '`updated` must not be before `date`'],
    [
      { tags: 'nextjs, testing' },
      '`tags` must be a list such as [nextjs, testing], got "nextjs, testing"',
    ],
    [{ tags: ['ok', ' '] }, 'each tag must be non-empty text'],
    [{ draft: 'yes' }, '`draft` must be true or false, got "yes"'],
    [
      { canonicalUrl: '/articles/x' },
      '`canonicalUrl` must be an absolute http(s) URL, got "/articles/x"',
    ],
    [
      { canonicalUrl: 'ftp://example.com/x' },
      '`canonicalUrl` must be an absolute http(s) URL, got "ftp://example.com/x"',
    ],
    [{ readingTime: 4.5 }, '`readingTime` must be a whole number of minutes above 0, got 4.5'],
    [{ readingTime: 0 }, '`readingTime` must be a whole number of minutes above 0, got 0'],
    [{ tittle: 'x' }, 'unknown field `tittle`'],
    [
      { series: 'From MVP to scale' },
      '`series` must be a mapping such as { name: "From MVP to scale", order: 1 }, got "From MVP to scale"',
    ],
    [{ series: { name: ' ', order: 1 } }, '`series.name` must not be empty'],
    [{ series: { name: 'S' } }, '`series.order` is required'],
    [
      { series: { name: 'S', order: 1.5 } },
      '`series.order` must be a whole number above 0, got 1.5',
    ],
    [{ series: { name: 'S', order: 0 } }, '`series.order` must be a whole number above 0, got 0'],
    [
      { series: { name: 'S', order: 1, part: 1 } },
      'unknown field `series.part`; `series` takes only `name` and `order`',
    ],
  ])('rejects %j', (change, message) => {
    expect(messages({ ...valid, ...change })).toEqual([message])
  })

  it('compares updated with date even when another field is wrong', () => {
    expect(messages({ ...valid, title: 7, updated: '2026-01-01' })).toEqual([
      '`title` must be text, got 7',
      '`updated` must not be before `date`',
    ])
  })
})

describe('categoryFrontmatterSchema', () => {
  it('requires a title and a description and nothing else', () => {
    expect(categoryFrontmatterSchema.safeParse({ title: 'A', description: 'B' }).success).toBe(true)
    const result = categoryFrontmatterSchema.safeParse({ title: 'A', slug: 'a' })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '`description` is required',
      'unknown field `slug`',
    ])
  })
})

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-3-9', false],
    ['2026-03-29T10:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected)
  })
})
