import type { Problem } from './problem'

export type CheckedCounts = { articles: number; categories: number }

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

/** `content/articles/x.mdx:4: error: date: …`, the file:line form editors and terminals link. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.severity}: ${problem.field}: ${problem.message}`
}

export function formatSummary(problems: readonly Problem[], counts: CheckedCounts): string {
  if (problems.length === 0) {
    return `✓ ${plural(counts.articles, 'article')}, ${plural(counts.categories, 'category', 'categories')} OK`
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const files = new Set(problems.map((problem) => problem.file)).size
  return `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')} in ${plural(files, 'file')}`
}

export function formatReport(problems: readonly Problem[], counts: CheckedCounts): string {
  return [...problems.map(formatProblem), formatSummary(problems, counts)].join('\n')
}
