import { toParts, type Part } from './highlight'
import type { Range } from './match'

/** Context kept before the first match, and the snippet's whole length, in characters. */
const LEAD = 60
const LENGTH = 200
const ELLIPSIS = '…'

/** Where the snippet starts: a word start about LEAD characters before the first match. */
function snippetStart(text: string, first: Range): number {
  const from = first[0] - LEAD
  return from <= 0 ? 0 : text.lastIndexOf(' ', from) + 1
}

/** Where it ends: a word end about LENGTH characters on, never before the first match's end. */
function snippetEnd(text: string, start: number, first: Range): number {
  const to = start + LENGTH
  if (to >= text.length) return text.length
  const space = text.lastIndexOf(' ', to)
  return Math.max(first[1], space > start ? space : to)
}

/**
 * A window of `text` around its first match, with every match inside it marked, and an
 * ellipsis wherever the text was cut. `ranges` come from `matchRanges` (sorted, merged).
 */
export function snippet(text: string, ranges: Range[]): Part[] {
  // With nothing to centre on, the snippet is the text's opening.
  const first = ranges[0] ?? [0, 0]
  const start = snippetStart(text, first)
  const end = snippetEnd(text, start, first)
  const lead = start > 0 ? ELLIPSIS : ''
  const inside = ranges
    .filter(([s, e]) => s < end && e > start)
    .map(([s, e]): Range => [
      Math.max(s, start) - start + lead.length,
      Math.min(e, end) - start + lead.length,
    ])
  const window = lead + text.slice(start, end) + (end < text.length ? ELLIPSIS : '')
  return toParts(window, inside)
}
