import { describe, expect, it } from 'vitest'

import { slowdown, slowHostNote } from './host-speed'

describe('slowHostNote', () => {
  it('says nothing when every run was on a host as fast as the preset assumes', () => {
    expect(slowHostNote([2511, 2589, 1500])).toBeUndefined()
  })

  it('names the range when any run was measured on a slower host', () => {
    const note = slowHostNote([1812, 1326.4, 2100])
    expect(note).toContain('1326–2100')
    expect(note).toContain('at least 1500')
  })

  it('names a single figure once', () => {
    expect(slowHostNote([1200, 1200])).toContain('index was 1200;')
  })

  it('ignores runs that reported no index', () => {
    expect(slowHostNote([])).toBeUndefined()
    expect(slowHostNote([Number.NaN, 0])).toBeUndefined()
    expect(slowHostNote([Number.NaN, 900])).toContain('index was 900;')
  })
})

describe('slowdown', () => {
  it('flags the page measured in a busy stretch of an otherwise faster session', () => {
    // CI on 2026-12-07: the article's runs between the home page's and the contact page's.
    const home = [2790, 2841, 2910]
    const article = [1830, 1848, 1901]
    const contact = [2850, 2868, 2880]
    const result = slowdown(article, [...home, ...article, ...contact])
    expect(result).toEqual({ slowed: true, pageIndex: 1848, sessionIndex: 2841 })
  })

  it('does not flag a slow host that reads slow on every page', () => {
    // The tenth machine: index 974–1,597, Performance 95–100.
    const home = [1275, 1395, 1597]
    const article = [1152, 1184, 1176]
    const contact = [1247, 974, 1209]
    expect(slowdown(article, [...home, ...article, ...contact]).slowed).toBe(false)
  })

  it('draws the line at 80 % of the session median', () => {
    expect(slowdown([800], [800, 1000, 1000]).slowed).toBe(false)
    expect(slowdown([799], [799, 1000, 1000]).slowed).toBe(true)
  })

  it('cannot call a page slowed without indexes to compare', () => {
    expect(slowdown([], [1000, 1000]).slowed).toBe(false)
    expect(slowdown([Number.NaN, 0], [1000]).slowed).toBe(false)
  })
})
