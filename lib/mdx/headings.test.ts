import { describe, expect, it } from 'vitest'

import { extractHeadings } from './headings'

describe('extractHeadings', () => {
  it('lists ## and ### headings with the ids rehype-slug gives them', () => {
    const markdown = [
      'Intro paragraph.',
      '## Why `pg` and not an ORM?',
      '### The [short](https://example.com) answer',
      '#### Too deep for the contents',
      '## Why `pg` and not an ORM?',
    ].join('\n\n')
    expect(extractHeadings(markdown)).toEqual([
      { depth: 2, text: 'Why pg and not an ORM?', id: 'why-pg-and-not-an-orm' },
      { depth: 3, text: 'The short answer', id: 'the-short-answer' },
      { depth: 2, text: 'Why pg and not an ORM?', id: 'why-pg-and-not-an-orm-1' },
    ])
  })

  it('ignores lines that look like headings inside fenced code', () => {
    const markdown = [
      '## Real',
      '```bash',
      '## a shell comment',
      '```',
      '~~~',
      '## also code',
      '~~~',
    ].join('\n')
    expect(extractHeadings(markdown).map((h) => h.text)).toEqual(['Real'])
  })
})
