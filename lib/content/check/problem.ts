export type Severity = 'error' | 'warning'

/** One thing wrong in one file. `file` is relative to the checked root, with `/` separators. */
export type Problem = {
  file: string
  line: number
  severity: Severity
  field: string
  message: string
}

export type ProblemAt = Omit<Problem, 'severity'>

export const error = (at: ProblemAt): Problem => ({ ...at, severity: 'error' })
export const warning = (at: ProblemAt): Problem => ({ ...at, severity: 'warning' })

/** Files in path order, then lines, so an editor can walk the list top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line,
  )
}
