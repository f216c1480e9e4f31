/** Text folded for matching, with where each folded character came from in the original. */
export type FoldedText = {
  folded: string
  /** `origin[i]` is the original index of `folded[i]`; one extra entry holds the original length. */
  origin: number[]
}

const COMBINING_MARK = /\p{M}/gu

/**
 * One code point folded: compatibility-decomposed (so `é` and `ﬁ` become `e` and `fi`), accents
 * dropped, lower-cased. Folding code point by code point keeps a map back to the original text,
 * which is what lets a snippet highlight `Café` for the query `cafe`.
 */
function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0)
  // ASCII is nearly all of the text; it needs no Unicode work.
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char
  return char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase()
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const part = foldCodePoint(char)
    for (let i = 0; i < part.length; i += 1) origin.push(index)
    folded += part
    index += char.length
  }
  origin.push(text.length)
  return { folded, origin }
}

/** Case- and accent-insensitive form of `text`, the one form queries and documents are compared in. */
export function fold(text: string): string {
  let folded = ''
  for (const char of text) folded += foldCodePoint(char)
  return folded
}
