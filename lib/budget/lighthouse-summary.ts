export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type CategoryId = (typeof CATEGORIES)[number]

/** The part of a Lighthouse result this module reads; a full `Result` from `lighthouse` fits it. */
export type LighthouseResultLike = {
  finalDisplayedUrl: string
  runtimeError?: { message: string }
  environment: { benchmarkIndex: number }
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<
    string,
    { title: string; score: number | null; numericValue?: number; displayValue?: string }
  >
}

export type FailingAudit = { category: CategoryId; id: string; title: string; detail: string }

export type RunSummary = {
  url: string
  /** 0–100, as Lighthouse shows them; a category that could not be scored is 0. */
  scores: Record<CategoryId, number>
  lcpMs: number
  cls: number
  tbtMs: number
  transferBytes: number
  benchmarkIndex: number
  /** Scored audits below 1 in any category: the reason a category is under 100. */
  failingAudits: FailingAudit[]
  error?: string
}

function metric(lhr: LighthouseResultLike, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN
}

function failingAudits(lhr: LighthouseResultLike, category: CategoryId): FailingAudit[] {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id]
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return []
    const detail = audit.displayValue ?? `score ${audit.score}`
    return [{ category, id: ref.id, title: audit.title, detail }]
  })
}

export function summarizeRun(lhr: LighthouseResultLike): RunSummary {
  const score = (id: CategoryId) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  return {
    url: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as RunSummary['scores'],
    lcpMs: metric(lhr, 'largest-contentful-paint'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    tbtMs: metric(lhr, 'total-blocking-time'),
    transferBytes: metric(lhr, 'total-byte-weight'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failingAudits: CATEGORIES.flatMap((id) => failingAudits(lhr, id)),
    ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
  }
}
