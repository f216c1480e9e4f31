import type { BlockContent, DefinitionContent, Parent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { calloutToBlockquote } from './callout'

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)

const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'])

/**
 * Callouts become labelled blockquotes. Any other component gives way to its children: its text
 * survives, its tag (which nothing outside the site can render) does not. Imports, exports and
 * `{expressions}` are dropped: they only mean something to the MDX compiler.
 */
function reduce(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (DROPPED.has(node.type)) return []
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Callout') {
      return [
        calloutToBlockquote(node, reduce(node.children) as (BlockContent | DefinitionContent)[]),
      ]
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      return reduce(node.children)
    }
    if ('children' in node) {
      const parent = node as Parent
      parent.children = reduce(parent.children)
    }
    return [node]
  })
}

/** An article's MDX source as a plain markdown tree (mdast with no MDX nodes left). */
export function plainMarkdownTree(source: string): Root {
  const tree = parser.parse(source)
  tree.children = reduce(tree.children)
  return tree
}
