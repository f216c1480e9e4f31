import { describe, expect, it } from 'vitest'

import { laterPages, pageCount, pagePath, paginate, parseLaterPage } from './paginate'

const items = Array.from({ length: 25 }, (_, index) => index + 1)

describe('paginate', () => {
  it('cuts full pages from the front', () => {
    expect(paginate(items, 1, 12)).toEqual({
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      page: 1,
      totalPages: 3,
      total: 25,
    })
    expect(paginate(items, 2, 12)?.items).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24])
  })

  it('ends on a partial last page', () => {
    expect(paginate(items, 3, 12)).toEqual({ items: [25], page: 3, totalPages: 3, total: 25 })
  })

  it('has no page before the first, after the last, or between whole numbers', () => {
    for (const page of [0, -1, 4, 1.5, Number.NaN]) {
      expect(paginate(items, page, 12), String(page)).toBeUndefined()
    }
  })

  it('fits an exact multiple without an empty page after it', () => {
    expect(paginate(items.slice(0, 24), 2, 12)).toMatchObject({ totalPages: 2, page: 2 })
    expect(paginate(items.slice(0, 24), 3, 12)).toBeUndefined()
  })

  it('gives an empty list its one empty page, and nothing after it', () => {
    expect(paginate([], 1, 12)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 })
    expect(paginate([], 2, 12)).toBeUndefined()
  })

  it('refuses a page size that is not a whole number above 0', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError)
    expect(() => paginate(items, 1, 2.5)).toThrow(RangeError)
  })
})

describe('laterPages', () => {
  it('lists the pages after the first, none when one page holds everything', () => {
    expect(laterPages(25, 12)).toEqual([2, 3])
    expect(laterPages(12, 12)).toEqual([])
    expect(laterPages(7, 12)).toEqual([])
    expect(laterPages(0, 12)).toEqual([])
  })
})

describe('pagePath', () => {
  it('keeps page 1 at the listing URL and puts later pages under /page/<n>', () => {
    expect(pagePath('/', 1)).toBe('/')
    expect(pagePath('/', 2)).toBe('/page/2')
    expect(pagePath('/categories/architecture', 1)).toBe('/categories/architecture')
    expect(pagePath('/tags/ci', 3)).toBe('/tags/ci/page/3')
  })
})

describe('parseLaterPage', () => {
  it.each([
    ['2', 2],
    ['10', 10],
    ['1', undefined],
    ['0', undefined],
    ['02', undefined],
    ['2.0', undefined],
    ['-2', undefined],
    ['two', undefined],
    ['', undefined],
    ['99999999999999999999', undefined],
  ])('%j → %s', (segment, expected) => {
    expect(parseLaterPage(segment)).toBe(expected)
  })
})
