import { describe, expect, it } from 'vitest'

import { slowHostNote } from './host-speed'

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
