import { describe, expect, it } from 'vitest'

import { budgetFailures, lighthouseBudget } from './lighthouse-budget'
import type { RunSummary } from './lighthouse-summary'

function run(overrides: Partial<RunSummary> = {}): RunSummary {
  return {
    url: 'http://127.0.0.1:3300/',
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcpMs: 1200,
    cls: 0,
    tbtMs: 0,
    transferBytes: 200_000,
    benchmarkIndex: 1800,
    failingAudits: [],
    ...overrides,
  }
}

const ci = lighthouseBudget({ strict: false })
const strict = lighthouseBudget({ strict: true })

describe('the Lighthouse budget', () => {
  it('passes a perfect page in both modes', () => {
    expect(budgetFailures(run(), ci)).toEqual([])
    expect(budgetFailures(run(), strict)).toEqual([])
  })

  it('lets CI accept Performance from 90 but never less than 100 elsewhere', () => {
    const noisy = run({
      scores: { performance: 90, accessibility: 100, 'best-practices': 96, seo: 100 },
    })
    expect(budgetFailures(noisy, ci)).toEqual(['best-practices 96 < 100'])
    expect(budgetFailures(run({ scores: { ...run().scores, performance: 89 } }), ci)).toEqual([
      'performance 89 < 90',
    ])
  })

  it('demands Performance 100 and LCP under 2 s only when strict', () => {
    const slow = run({ scores: { ...run().scores, performance: 95 }, lcpMs: 2000 })
    expect(budgetFailures(slow, ci)).toEqual([])
    expect(budgetFailures(slow, strict)).toEqual(['performance 95 < 100', 'LCP 2000 ms ≥ 2000 ms'])
  })

  it('fails any layout shift, and a shift that could not be measured', () => {
    expect(budgetFailures(run({ cls: 0.001 }), ci)).toEqual(['CLS 0.001 > 0'])
    expect(budgetFailures(run({ cls: Number.NaN }), ci)).toEqual(['CLS NaN > 0'])
  })

  it('fails a page Lighthouse could not load, whatever its scores say', () => {
    expect(budgetFailures(run({ error: 'NO_FCP' }), ci)).toEqual([
      'Lighthouse could not measure the page: NO_FCP',
    ])
  })
})

describe('a budget that reports Performance without gating it', () => {
  it('still fails on the deterministic categories and layout shift', () => {
    const reported = lighthouseBudget({ strict: false, gatePerformance: false })
    expect(reported.minScores.performance).toBe(0)
    expect(reported.minScores.accessibility).toBe(100)
    expect(reported.maxCls).toBe(0)
  })
})
