import { describe, expect, it } from 'vitest'

import { projectHtmlSize } from './html-budget'

describe('projectHtmlSize', () => {
  it('extends the line through the sample articles to the target length', () => {
    const projection = projectHtmlSize(
      [
        { slug: 'short', words: 800, gzipBytes: 14_000 },
        { slug: 'long', words: 1600, gzipBytes: 18_000 },
        { slug: 'mid', words: 1200, gzipBytes: 16_000 },
      ],
      2000,
    )
    expect(projection.gzipBytes).toBeCloseTo(20_000)
    expect(projection.fit?.slope).toBeCloseTo(5)
    expect(projection.fit?.intercept).toBeCloseTo(10_000)
  })

  it('never projects the target below a shorter article’s measured size', () => {
    const samples = [
      { slug: 'heavy', words: 1000, gzipBytes: 30_000 },
      { slug: 'light', words: 3000, gzipBytes: 20_000 },
    ]
    // The line falls to 25,000 at 2,000 words, yet a 1,000-word article already weighs 30,000.
    expect(projectHtmlSize(samples, 2000).gzipBytes).toBe(30_000)
    expect(projectHtmlSize(samples, 900).gzipBytes).toBeCloseTo(30_500)
  })

  it('scales the bytes per word of the only length there is, over-stating on purpose', () => {
    const projection = projectHtmlSize([{ slug: 'only', words: 1000, gzipBytes: 12_000 }], 2000)
    expect(projection).toMatchObject({ gzipBytes: 24_000, method: 'bytes per word of only' })
  })

  it('refuses to guess with no article at all', () => {
    expect(() => projectHtmlSize([], 2000)).toThrow('no prerendered article')
  })
})
