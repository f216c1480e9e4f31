import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

const part = (order: number, name = 'From MVP to scale') => `{ name: "${name}", order: ${order} }`

describe('series rule', () => {
  it('passes a series whose published parts each have their own order', () => {
    site.write('content/articles/first.mdx', article({ series: part(1) }))
    site.write('content/articles/second.mdx', article({ series: part(2) }))
    site.write('content/articles/elsewhere.mdx', article({ series: part(1, 'Another series') }))
    expect(site.check()).toEqual([])
  })

  it('reports two published parts with one order, on both files at the line of `order`', () => {
    site.write('content/articles/first.mdx', article({ series: part(2) }))
    site.write(
      'content/articles/second.mdx',
      article({ series: '\n  name: From MVP to scale\n  order: 2' }),
    )
    expect(site.check()).toEqual([
      {
        file: 'content/articles/first.mdx',
        line: 6,
        severity: 'error',
        field: 'series',
        message:
          '"From MVP to scale" already has a part 2 in content/articles/second.mdx: give each published part its own `order`',
      },
      {
        file: 'content/articles/second.mdx',
        line: 8,
        severity: 'error',
        field: 'series',
        message:
          '"From MVP to scale" already has a part 2 in content/articles/first.mdx: give each published part its own `order`',
      },
    ])
  })

  it('groups a series by its slug, so a change of case is still the same series', () => {
    site.write('content/articles/first.mdx', article({ series: part(1) }))
    site.write('content/articles/second.mdx', article({ series: part(1, 'From MVP to Scale') }))
    expect(site.check().map((problem) => problem.field)).toEqual(['series', 'series'])
  })

  it('lets a draft share an order with a published part', () => {
    site.write('content/articles/first.mdx', article({ series: part(1) }))
    site.write('content/articles/rewrite.mdx', article({ series: part(1), draft: 'true' }))
    expect(site.check()).toEqual([])
  })

  it('reports a misspelt key inside `series` at its own line', () => {
    site.write(
      'content/articles/first.mdx',
      article({ series: '\n  name: From MVP to scale\n  ordr: 1' }),
    )
    expect(site.check()).toEqual([
      {
        file: 'content/articles/first.mdx',
        line: 6,
        severity: 'error',
        field: 'series',
        message: '`series.order` is required',
      },
      {
        file: 'content/articles/first.mdx',
        line: 8,
        severity: 'error',
        field: 'series',
        message: 'unknown field `series.ordr`; `series` takes only `name` and `order`',
      },
    ])
  })

  it('leaves a malformed series to the frontmatter rule, reported once', () => {
    site.write('content/articles/first.mdx', article({ series: part(0) }))
    site.write('content/articles/second.mdx', article({ series: part(0) }))
    expect(site.check()).toMatchObject([
      {
        file: 'content/articles/first.mdx',
        field: 'series',
        message: '`series.order` must be a whole number above 0, got 0',
      },
      {
        file: 'content/articles/second.mdx',
        field: 'series',
        message: '`series.order` must be a whole number above 0, got 0',
      },
    ])
  })
})
