import { CATEGORIES, type CategoryId, type RunSummary } from './lighthouse-summary'

export type LighthouseBudget = {
  minScores: Record<CategoryId, number>
  maxCls: number
  /** Only under `--strict`: lab LCP depends on how busy the machine is. */
  maxLcpMs?: number
}

/**
 * The budget: the deterministic categories at 100, Performance at 90 and no layout shift at all.
 * `strict` is the full target for a quiet machine. `gatePerformance: false` reports the
 * Performance score without failing on it, for a machine too busy for the figure to mean much.
 */
export function lighthouseBudget({
  strict,
  gatePerformance = true,
}: {
  strict: boolean
  gatePerformance?: boolean
}): LighthouseBudget {
  return {
    minScores: {
      performance: !gatePerformance ? 0 : strict ? 100 : 90,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    },
    maxCls: 0,
    ...(strict ? { maxLcpMs: 2000 } : {}),
  }
}

/** Every way one page's median run misses the budget, as lines a person can act on. */
export function budgetFailures(run: RunSummary, budget: LighthouseBudget): string[] {
  if (run.error) return [`Lighthouse could not measure the page: ${run.error}`]
  const failures = CATEGORIES.filter((id) => run.scores[id] < budget.minScores[id]).map(
    (id) => `${id} ${run.scores[id]} < ${budget.minScores[id]}`,
  )
  if (!(run.cls <= budget.maxCls)) failures.push(`CLS ${run.cls} > ${budget.maxCls}`)
  if (budget.maxLcpMs !== undefined && !(run.lcpMs < budget.maxLcpMs)) {
    failures.push(`LCP ${Math.round(run.lcpMs)} ms ≥ ${budget.maxLcpMs} ms`)
  }
  return failures
}
