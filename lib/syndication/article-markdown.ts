import type { Root, RootContent } from 'mdast'

import type { Article } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

import { absolutizeLinks } from './absolute-links'
import { plainMarkdownTree } from './plain-markdown-tree'
import { stringifyMarkdown } from './stringify-markdown'

/** The article body as a plain markdown tree with every link absolute, ready to leave the site. */
export function portableBody(article: Article): Root {
  const tree = plainMarkdownTree(article.source)
  absolutizeLinks(tree, absoluteUrl(article.url))
  return tree
}

function header(article: Article): RootContent[] {
  return [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: article.title }] },
    { type: 'paragraph', children: [{ type: 'text', value: article.description }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Canonical URL: ' },
        {
          type: 'link',
          url: article.canonicalUrl,
          children: [{ type: 'text', value: article.canonicalUrl }],
        },
      ],
    },
  ]
}

/** `/articles/<slug>.md`: title, description and canonical URL, then the body as plain markdown. */
export function articleMarkdown(article: Article): string {
  const tree = portableBody(article)
  tree.children.unshift(...header(article))
  return stringifyMarkdown(tree)
}
