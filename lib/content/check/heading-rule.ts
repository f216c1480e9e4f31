import type { OutlineHeading } from './body'
import type { ContentDocument } from './load-document'
import { error, type Problem } from './problem'

const describe = (heading: OutlineHeading) =>
  heading.text === '' ? `<h${heading.level}>` : `"${heading.text}"`

/**
 * The page template renders the title as the one h1, so the body starts at `##` and goes down
 * one level at a time: screen readers and the table of contents navigate by that outline.
 */
export function checkHeadings(
  document: ContentDocument,
  headings: readonly OutlineHeading[],
): Problem[] {
  const problems: Problem[] = []
  let previous = 1
  for (const heading of headings) {
    const at = { file: document.file, line: heading.line, field: 'body' }
    if (heading.level === 1) {
      const message = `h1 heading ${describe(heading)}: the page template already renders the title as the h1; use ## for sections`
      problems.push(error({ ...at, message }))
    } else if (heading.level > previous + 1) {
      const expected = '#'.repeat(previous + 1)
      const message = `heading ${describe(heading)} jumps from h${previous} to h${heading.level}; use ${expected} (levels must not be skipped)`
      problems.push(error({ ...at, message }))
    }
    previous = heading.level
  }
  return problems
}
