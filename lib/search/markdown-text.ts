import type { Nodes } from 'mdast'

import { plainMarkdownTree } from '@/lib/syndication/plain-markdown-tree'

// Code blocks would flood results with `const` and `SELECT`; images and link definitions are
// not prose a reader sees.
const SKIPPED = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'yaml'])

// Inline containers: their children run on as on the page (`**Release** flags`), where blocks
// (paragraphs, list items, table cells) need a space between them.
const INLINE = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
])

function textOf(node: Nodes): string {
  if (SKIPPED.has(node.type)) return ''
  if (node.type === 'break') return ' '
  if ('value' in node) return node.value
  if (!('children' in node)) return ''
  return (node.children as Nodes[]).map(textOf).join(INLINE.has(node.type) ? '' : ' ')
}

/**
 * An article's MDX as the words a reader sees: markdown syntax, code blocks and MDX tags gone,
 * inline code and callout labels kept, whitespace collapsed to single spaces.
 */
export function markdownToText(source: string): string {
  return textOf(plainMarkdownTree(source)).replace(/\s+/g, ' ').trim()
}
