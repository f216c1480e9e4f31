import type { Definition, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { mdxFromMarkdown } from 'mdast-util-mdx'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { mdxjs } from 'micromark-extension-mdxjs'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

import type { BodyOutline } from './outline'

export type { BodyOutline, OutlineHeading, OutlineImage, OutlineLink } from './outline'

// The body rules read the tree contentlayer compiles from (micromark with MDX), so the check and
// the build agree about what a line is.

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement
type Positioned = { position?: { start: { line: number } } | undefined }

// GFM is left out: it triples the parse time, and what it adds (tables, strikethrough, autolinked
// bare URLs) never changes which headings, site links or images a body has — links inside a table
// row are parsed as links either way.
function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
}

function stringAttribute(element: JsxElement, name: string): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (attribute): attribute is MdxJsxAttribute =>
      attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  )
}

function altOf(attribute: MdxJsxAttribute | undefined): string | null | undefined {
  if (attribute === undefined) return undefined
  if (attribute.value === null || attribute.value === undefined) return ''
  return typeof attribute.value === 'string' ? attribute.value : null
}

/** Headings, link targets and images of an MDX body, with file line numbers (`firstLine` is the body's first line in the file). */
export function scanBody(body: string, firstLine: number): BodyOutline {
  const tree = parseMdx(body)
  const lineOf = (node: Positioned) => (node.position?.start.line ?? 1) + firstLine - 1
  const outline: BodyOutline = { headings: [], links: [], images: [] }
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node)
  })
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      outline.headings.push({ level: node.depth, text: toString(node), line: lineOf(node) })
    } else if (node.type === 'link' || node.type === 'definition') {
      outline.links.push({ url: node.url, line: lineOf(node) })
    } else if (node.type === 'image') {
      outline.images.push({ src: node.url, alt: node.alt ?? '', line: lineOf(node) })
    } else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier)
      if (definition)
        outline.images.push({ src: definition.url, alt: node.alt ?? '', line: lineOf(node) })
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      addJsxElement(node, outline, lineOf)
    }
  })
  return outline
}

function addJsxElement(
  element: JsxElement,
  outline: BodyOutline,
  lineOf: (node: Positioned) => number,
): void {
  const level = /^h([1-6])$/.exec(element.name ?? '')?.[1]
  if (level !== undefined)
    outline.headings.push({ level: Number(level), text: toString(element), line: lineOf(element) })
  const href = stringAttribute(element, 'href')
  if (typeof href?.value === 'string') outline.links.push({ url: href.value, line: lineOf(href) })
  if (element.name !== 'img' && element.name !== 'Image') return
  const src = stringAttribute(element, 'src')
  outline.images.push({
    src: typeof src?.value === 'string' ? src.value : undefined,
    alt: altOf(stringAttribute(element, 'alt')),
    line: lineOf(src ?? element),
  })
}
