import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { imageSize } from 'image-size'
import { visit } from 'unist-util-visit'

type HastElement = {
  type: 'element'
  tagName: string
  properties: Record<string, unknown>
}
type HastNode = { type: string; children?: HastNode[] }

/**
 * Gives every local `<img>` its intrinsic width and height at build time, so the page renders it
 * through `next/image` without layout shift and without reading files per request.
 */
export function rehypeImageSize() {
  return (tree: HastNode) => {
    visit(tree, 'element', (node: HastElement) => {
      const src = node.properties.src
      if (node.tagName !== 'img' || typeof src !== 'string' || !src.startsWith('/')) return
      const { width, height } = imageSize(readFileSync(join(process.cwd(), 'public', src)))
      node.properties.width = width
      node.properties.height = height
    })
  }
}
