import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

import type { Article } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'
import { attributionParagraph } from '@/lib/syndication/attribution'
import { plainMarkdownTree } from '@/lib/syndication/plain-markdown-tree'

import { absolutizeUrls } from './absolute-urls'

// No syntax highlighting: feed readers drop inline styles, so plain `<pre><code class="language-x">`
// reads better there than the site's shiki output would.
const renderer = unified().use(remarkRehype).use(rehypeSlug).use(rehypeStringify)

/**
 * The whole article as HTML for a feed item, rendered from its MDX source (not the site's compiled
 * React code), with absolute URLs and ending with the "originally published at" line.
 */
export function articleHtml(article: Article): string {
  const markdown = plainMarkdownTree(article.source)
  markdown.children.push(attributionParagraph(article.canonicalUrl))
  const html = renderer.runSync(markdown)
  absolutizeUrls(html, absoluteUrl(article.url))
  return renderer.stringify(html)
}
