import type { TermMatcher } from './query'

/** `[start, end)` in the text it was found in. */
export type Range = [start: number, end: number]

const WORD_CHAR = /[\p{L}\p{N}]/u

function isWordChar(text: string, index: number): boolean {
  const char = text[index]
  return char !== undefined && WORD_CHAR.test(char)
}

/** Where a match starting at `at` ends, or -1 when `at` is inside a word or the word runs on. */
function matchEnd(folded: string, at: number, { term, prefix }: TermMatcher): number {
  if (isWordChar(folded, at - 1)) return -1
  let end = at + term.length
  if (!prefix) return isWordChar(folded, end) ? -1 : end
  // A prefix hit highlights the whole word it starts: `migra` marks all of `migrations`.
  while (isWordChar(folded, end)) end += 1
  return end
}

/** Every whole-word (or word-prefix) occurrence of a term in folded text. */
export function findTerm(folded: string, matcher: TermMatcher): Range[] {
  const ranges: Range[] = []
  for (let at = folded.indexOf(matcher.term); at !== -1;) {
    const end = matchEnd(folded, at, matcher)
    if (end !== -1) ranges.push([at, end])
    at = folded.indexOf(matcher.term, Math.max(end, at + 1))
  }
  return ranges
}

export function hasTerm(folded: string, matcher: TermMatcher): boolean {
  for (
    let at = folded.indexOf(matcher.term);
    at !== -1;
    at = folded.indexOf(matcher.term, at + 1)
  ) {
    if (matchEnd(folded, at, matcher) !== -1) return true
  }
  return false
}
