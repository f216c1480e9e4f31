import { describe, expect, it } from 'vitest'

import { medianBy } from './median'

describe('medianBy', () => {
  const run = (name: string, performance: number) => ({ name, performance })

  it('picks the middle run of three, whatever their order', () => {
    const runs = [run('fast', 98), run('slow', 71), run('typical', 90)]
    expect(medianBy(runs, (r) => r.performance).name).toBe('typical')
  })

  it('picks the lower middle run of an even count', () => {
    const runs = [run('a', 100), run('b', 80), run('c', 95), run('d', 60)]
    expect(medianBy(runs, (r) => r.performance).name).toBe('b')
  })

  it('returns the only run and refuses none', () => {
    expect(medianBy([run('only', 50)], (r) => r.performance).name).toBe('only')
    expect(() => medianBy([], () => 0)).toThrow('no items')
  })
})
