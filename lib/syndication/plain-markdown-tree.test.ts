import { describe, expect, it } from 'vitest'

import { plainMarkdownTree } from './plain-markdown-tree'
import { stringifyMarkdown } from './stringify-markdown'

const plain = (mdx: string) => stringifyMarkdown(plainMarkdownTree(mdx))

describe('plainMarkdownTree', () => {
  it('reads a Callout without a title as its type, and an unknown type as a note', () => {
    expect(plain('<Callout type="tip">\n\nShort.\n\n</Callout>')).toBe('> **Tip**\n>\n> Short.\n')
    expect(plain('<Callout type="odd" title="T">\n\nX\n\n</Callout>')).toBe(
      '> **Note: T**\n>\n> X\n',
    )
  })

  it('keeps the text of other components and drops imports and expressions', () => {
    const mdx = [
      "import { Chart } from './chart'",
      '<Chart data={[1, 2]}>\n\nKept **text**.\n\n</Chart>',
      'Inline <Badge>kept</Badge> and {1 + 1} gone.',
      '{/* a comment */}',
    ].join('\n\n')
    expect(plain(mdx)).toBe('Kept **text**.\n\nInline kept and  gone.\n')
  })
})
