import { describe, expect, it } from 'vitest'

import { parseArgs } from './args'

describe('bench arguments', () => {
  it('runs every part for 15 s with 1,000 articles by default', () => {
    expect(parseArgs([])).toEqual({
      only: ['build', 'serve', 'nginx', 'contact'],
      count: 1000,
      durationSeconds: 15,
      keep: false,
    })
  })

  it('runs only the parts asked for, with the given count and duration', () => {
    const args = parseArgs(['--only', 'serve,contact', '--count', '50', '--duration', '5'])
    expect(args).toMatchObject({ only: ['serve', 'contact'], count: 50, durationSeconds: 5 })
  })

  it('refuses unknown parts and flags rather than running something else', () => {
    expect(() => parseArgs(['--only', 'serve,lighthouse'])).toThrow(/unknown part lighthouse/)
    expect(() => parseArgs(['--conut', '5'])).toThrow(/unknown flag --conut/)
    expect(() => parseArgs(['--duration', '0'])).toThrow(/positive whole number/)
  })
})
