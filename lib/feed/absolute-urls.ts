import type { Root } from 'hast'
import { visit } from 'unist-util-visit'

import { absolutize } from '@/lib/syndication/absolute-url'

/**
 * Feed readers resolve relative URLs against the feed, not the article, if at all; so every `href`
 * and `src` (heading anchors and footnote links included) points at the article's own address.
 */
export function absolutizeUrls(tree: Root, base: string): void {
  visit(tree, 'element', (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name]
      if (typeof value === 'string') node.properties[name] = absolutize(value, base)
    }
  })
}
