import { describe, expect, it } from 'vitest'

import { fitLine, valueAt } from './linear-fit'

describe('fitLine', () => {
  it('recovers a fixed cost and a per-unit cost from exact points', () => {
    const fit = fitLine([
      { x: 1000, y: 20_000 },
      { x: 1500, y: 24_000 },
      { x: 500, y: 16_000 },
    ])
    expect(fit.intercept).toBeCloseTo(12_000)
    expect(fit.slope).toBeCloseTo(8)
    expect(valueAt(fit, 2000)).toBeCloseTo(28_000)
  })

  it('goes through the middle of noisy points', () => {
    const fit = fitLine([
      { x: 0, y: 1 },
      { x: 0, y: 3 },
      { x: 2, y: 5 },
      { x: 2, y: 7 },
    ])
    expect(fit).toEqual({ intercept: 2, slope: 2 })
  })

  it('refuses points that cannot define a slope', () => {
    expect(() => fitLine([{ x: 1, y: 1 }])).toThrow('two distinct')
    expect(() =>
      fitLine([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow('two distinct')
  })
})
