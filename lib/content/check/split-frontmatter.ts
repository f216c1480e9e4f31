/** A source file cut at its `---` fences; lines are 1-based file lines. */
export type SplitSource =
  | { status: 'ok'; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number }
  | { status: 'missing'; body: string }
  // Without a closing fence, where the body starts is anyone's guess: it is not checked.
  | { status: 'unclosed'; body: '' }

const OPENING_FENCE = /^---[ \t]*\r?(?:\n|$)/
const CLOSING_FENCE = /^---[ \t]*\r?$/m

const countNewlines = (text: string) => text.split('\n').length - 1

export function splitFrontmatter(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, '')
  const opening = OPENING_FENCE.exec(text)
  if (!opening) return { status: 'missing', body: text }
  const rest = text.slice(opening[0].length)
  const closing = CLOSING_FENCE.exec(rest)
  if (!closing) return { status: 'unclosed', body: '' }
  const yaml = rest.slice(0, closing.index)
  return {
    status: 'ok',
    yaml,
    yamlFirstLine: 2,
    body: rest.slice(closing.index + closing[0].length + 1),
    // Line 1 is the opening fence, the closing fence follows the YAML, the body follows that.
    bodyFirstLine: 3 + countNewlines(yaml),
  }
}
