import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('frontmatter rule', () => {
  it('passes a valid article and category', () => {
    site.write('content/articles/designing-a-schema.mdx', article({ tags: '[postgres, schema]' }))
    expect(site.check()).toEqual([])
  })

  it('reports a missing title and a bad date together, each at its line', () => {
    site.write(
      'content/articles/x.mdx',
      '---\ndescription: A description long enough to pass the length check for meta tags.\ndate: 2026-02-30\ncategory: architecture\n---\n\n## A\n',
    )
    expect(site.check()).toEqual([
      {
        file: 'content/articles/x.mdx',
        line: 1,
        severity: 'error',
        field: 'title',
        message: '`title` is required',
      },
      {
        file: 'content/articles/x.mdx',
        line: 3,
        severity: 'error',
        field: 'date',
        message: '`date` must be a real calendar date in YYYY-MM-DD form, got "2026-02-30"',
      },
    ])
  })

  it('reports every bad field of a file, not just the first', () => {
    site.write(
      'content/articles/x.mdx',
      article({
        date: '2026-13-01',
        updated: 'yesterday',
        draft: 'yes',
        canonicalUrl: '/articles/x',
        readingTime: '6 min',
      }),
    )
    expect(site.check().map((problem) => `${problem.line} ${problem.field}`)).toEqual([
      '4 date',
      '6 updated',
      '7 draft',
      '8 canonicalUrl',
      '9 readingTime',
    ])
  })

  it('points at the bad list entry, not the list', () => {
    site.write('content/articles/x.mdx', article({ tags: '\n  - postgres\n  - 42\n  - ""' }))
    expect(site.check()).toMatchObject([
      { line: 8, field: 'tags', message: 'each tag must be non-empty text, got 42' },
      { line: 9, field: 'tags', message: 'each tag must be non-empty text' },
    ])
  })

  it('names unknown fields and suggests the field that was meant', () => {
    site.write(
      'content/articles/x.mdx',
      '---\ntittle: Designing a schema\ndescription: How to design a Postgres schema that survives the second year.\ndate: 2026-03-29\ncategory: architecture\nreading_time: 5\nauthor: Sam\n---\n',
    )
    expect(site.check()).toMatchObject([
      { line: 1, field: 'title', message: '`title` is required' },
      { line: 2, field: 'tittle', message: 'unknown field `tittle`; did you mean `title`?' },
      {
        line: 6,
        field: 'reading_time',
        message: 'unknown field `reading_time`; did you mean `readingTime`?',
      },
      {
        line: 7,
        field: 'author',
        message: expect.stringMatching(
          /^unknown field `author`; known fields: title, description, date/,
        ),
      },
    ])
  })

  it('checks categories against their own schema', () => {
    site.write(
      'content/categories/delivery.mdx',
      '---\ntitle: Delivery\ndescripton: Shipping.\n---\n',
    )
    expect(site.check()).toMatchObject([
      { file: 'content/categories/delivery.mdx', line: 1, field: 'description' },
      {
        file: 'content/categories/delivery.mdx',
        line: 3,
        field: 'descripton',
        message: expect.stringContaining('did you mean `description`?'),
      },
    ])
  })
})
