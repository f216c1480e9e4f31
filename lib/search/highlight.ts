import { foldWithOrigin } from './fold'
import { findTerm, type Range } from './match'
import { termMatchers, type SearchQuery } from './query'

/** A run of text, marked when it matched. Rendered as text nodes, so it can never become markup. */
export type Part = { text: string; mark: boolean }

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** Where the query's terms occur in `text`, in the original text's positions, sorted and merged. */
export function matchRanges(text: string, query: SearchQuery): Range[] {
  const { folded, origin } = foldWithOrigin(text)
  const ranges = termMatchers(query).flatMap((matcher) =>
    findTerm(folded, matcher).map(([start, end]): Range => [origin[start]!, origin[end]!]),
  )
  return mergeRanges(ranges)
}

/** `text` cut into plain and marked runs; ranges must be sorted, merged and inside the text. */
export function toParts(text: string, ranges: Range[]): Part[] {
  const parts: Part[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), mark: false })
    parts.push({ text: text.slice(start, end), mark: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false })
  return parts
}

export function highlight(text: string, query: SearchQuery): Part[] {
  return toParts(text, matchRanges(text, query))
}
