import { describe, expect, it } from 'vitest'

import { countWords, readingMinutes } from './words'

describe('reading time', () => {
  it('counts words of prose, links and code but not markup', () => {
    expect(countWords('## A heading\n\nSome **bold** [link text](/articles/x) and `code`.')).toBe(8)
    expect(countWords('<Callout type="tip">\n\nInside a callout.\n\n</Callout>')).toBe(3)
    expect(countWords('| a | b |\n| --- | --- |\n| c | d |')).toBe(4)
  })

  it('is words / 220 rounded up, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(220)).toBe(1)
    expect(readingMinutes(221)).toBe(2)
    expect(readingMinutes(1320)).toBe(6)
  })
})
