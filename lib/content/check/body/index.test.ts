import { describe, expect, it } from 'vitest'

import { scanBody } from '.'

describe('scanBody', () => {
  // A reference link is checked once, at its definition.
  it('reads headings, links and images with their file lines, skipping fenced code', () => {
    const body = [
      '## Intro', // line 10
      '',
      '```bash',
      '# a shell comment, not a heading',
      '```',
      '',
      'See [the schema](/articles/schema) and [ref][r].', // line 16
      '',
      '![A diagram](/images/a.svg)', // line 18
      '',
      '<Callout type="tip">', // line 20
      '',
      '<a href="/tags/postgres">tag</a> and <img src="/images/b.png" />',
      '',
      '</Callout>',
      '',
      '[r]: /categories/architecture',
    ].join('\n')
    const outline = scanBody(body, 10)
    expect(outline.headings).toEqual([{ level: 2, text: 'Intro', line: 10 }])
    expect(outline.links.map((l) => `${l.url}@${l.line}`).sort()).toEqual([
      '/articles/schema@16',
      '/categories/architecture@26',
      '/tags/postgres@22',
    ])
    expect(outline.images).toEqual([
      { src: '/images/a.svg', alt: 'A diagram', line: 18 },
      { src: '/images/b.png', alt: undefined, line: 22 },
    ])
  })

  it('keeps heading text for messages, emphasis and code unwrapped', () => {
    const outline = scanBody('## Why `pg` *now*\n\n#### Deep\n', 1)
    expect(outline.headings).toEqual([
      { level: 2, text: 'Why pg now', line: 1 },
      { level: 4, text: 'Deep', line: 3 },
    ])
  })
})
