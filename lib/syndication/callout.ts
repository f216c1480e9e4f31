import type { Blockquote, BlockContent, DefinitionContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'

// The labels the Callout component prints (components/mdx/callout.tsx), so a copy reads the same.
const LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning' } as const

function stringAttribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = node.attributes.find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string',
  )
  return typeof attribute?.value === 'string' ? attribute.value : undefined
}

/** "Warning: Two shortcuts that are never cheap", or only "Warning" when the callout has no title. */
export function calloutLabel(node: MdxJsxFlowElement): string {
  const type = stringAttribute(node, 'type')
  const label = type && type in LABELS ? LABELS[type as keyof typeof LABELS] : LABELS.note
  const title = stringAttribute(node, 'title')
  return title ? `${label}: ${title}` : label
}

/**
 * A callout as markdown can say it: a blockquote opening with its bold label. HTML renders it as
 * an `<aside>`, the element the site itself uses.
 */
export function calloutToBlockquote(
  node: MdxJsxFlowElement,
  children: (BlockContent | DefinitionContent)[],
): Blockquote {
  return {
    type: 'blockquote',
    data: { hName: 'aside' },
    children: [
      {
        type: 'paragraph',
        children: [{ type: 'strong', children: [{ type: 'text', value: calloutLabel(node) }] }],
      },
      ...children,
    ],
  }
}
