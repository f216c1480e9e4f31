import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'

const stringifier = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  rule: '-',
  fences: true,
  // `[url](url)` even where text and URL agree (the attribution line): the one link form every
  // markdown editor accepts, where `<url>` autolinks are not universal.
  resourceLink: true,
})

/** Markdown text of a plain tree, GitHub-flavoured so tables survive. */
export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree)
}
