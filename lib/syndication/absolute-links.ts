import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

import { absolutize } from './absolute-url'

/** Makes every link, image and link definition in a markdown tree absolute. */
export function absolutizeLinks(tree: Root, base: string): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = absolutize(node.url, base)
    }
  })
}
