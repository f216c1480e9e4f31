import GithubSlugger from 'github-slugger'

export type Heading = { depth: 2 | 3; text: string; id: string }

const FENCE = /^\s{0,3}(```|~~~)/

/** Plain text of a heading line, the way rehype-slug sees it (emphasis, code and links unwrapped). */
function headingText(source: string): string {
  return source
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim()
}

/**
 * `##` and `###` headings with the ids rehype-slug gives them, for the table of contents.
 * Ids come from one slugger over every heading in order, so duplicates get the same `-1` suffix.
 */
export function extractHeadings(markdown: string): Heading[] {
  const slugger = new GithubSlugger()
  const headings: Heading[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const opener = FENCE.exec(line)?.[1]
    if (opener) {
      if (fence === null) fence = opener
      else if (fence === opener) fence = null
      continue
    }
    if (fence !== null) continue
    const match = /^(#{1,6})\s+(.+)$/.exec(line)
    if (!match?.[1] || !match[2]) continue
    const text = headingText(match[2])
    const id = slugger.slug(text)
    const depth = match[1].length
    if (depth === 2 || depth === 3) headings.push({ depth, text, id })
  }
  return headings
}
