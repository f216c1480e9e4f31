import { describe, expect, it } from 'vitest'

import { summarizeRun, type LighthouseResultLike } from './lighthouse-summary'

function result(overrides: Partial<LighthouseResultLike> = {}): LighthouseResultLike {
  const category = (score: number | null, ids: string[]) => ({
    score,
    auditRefs: ids.map((id) => ({ id, weight: id === 'informative' ? 0 : 1 })),
  })
  return {
    finalDisplayedUrl: 'http://127.0.0.1:3300/contact',
    environment: { benchmarkIndex: 1834.5 },
    categories: {
      performance: category(0.874, ['largest-contentful-paint', 'total-blocking-time']),
      accessibility: category(1, ['color-contrast']),
      'best-practices': category(0.96, ['inspector-issues', 'informative']),
      seo: category(null, []),
    },
    audits: {
      'largest-contentful-paint': { title: 'LCP', score: 0.97, numericValue: 1973.2 },
      'total-blocking-time': {
        title: 'TBT',
        score: 0.6,
        numericValue: 474.5,
        displayValue: '470 ms',
      },
      'cumulative-layout-shift': { title: 'CLS', score: 1, numericValue: 0 },
      'total-byte-weight': { title: 'Weight', score: 1, numericValue: 285_756 },
      'color-contrast': { title: 'Contrast', score: 1 },
      'inspector-issues': { title: 'Issues were logged', score: 0 },
      informative: { title: 'Not weighted', score: 0 },
    },
    ...overrides,
  }
}

describe('summarizeRun', () => {
  it('turns scores into the 0–100 figures Lighthouse shows, unscored as 0', () => {
    expect(summarizeRun(result()).scores).toEqual({
      performance: 87,
      accessibility: 100,
      'best-practices': 96,
      seo: 0,
    })
  })

  it('reads the metrics the report prints', () => {
    const run = summarizeRun(result())
    expect(run).toMatchObject({ lcpMs: 1973.2, cls: 0, tbtMs: 474.5, transferBytes: 285_756 })
    expect(run.benchmarkIndex).toBe(1834.5)
  })

  it('names every weighted audit that costs points, and only those', () => {
    expect(summarizeRun(result()).failingAudits).toEqual([
      {
        category: 'performance',
        id: 'largest-contentful-paint',
        title: 'LCP',
        detail: 'score 0.97',
      },
      { category: 'performance', id: 'total-blocking-time', title: 'TBT', detail: '470 ms' },
      {
        category: 'best-practices',
        id: 'inspector-issues',
        title: 'Issues were logged',
        detail: 'score 0',
      },
    ])
  })

  it('carries a runtime error, so a page that never loaded cannot pass', () => {
    const run = summarizeRun(result({ runtimeError: { message: 'ERRORED_DOCUMENT_REQUEST' } }))
    expect(run.error).toBe('ERRORED_DOCUMENT_REQUEST')
  })
})
