import { medianBy } from './median'

/**
 * Lighthouse's mobile preset slows the CPU down by a constant 4×, a factor its authors chose for a
 * high-end desktop host, whose benchmark index is 1500–2000 (Lighthouse's docs/throttling.md,
 * "Calibrating the CPU slowdown"). On a slower host the same page is simulated on a slower phone
 * than the preset means, and Total Blocking Time and the Performance score read worse.
 */
export const CALIBRATED_BENCHMARK_INDEX = 1500

/**
 * A line for the report when the runs were measured on a host slower than the preset assumes, so
 * that a Performance figure is read with its machine; nothing when the host was fast enough.
 * @param benchmarkIndexes each run's `environment.benchmarkIndex`
 */
export function slowHostNote(benchmarkIndexes: readonly number[]): string | undefined {
  const measured = benchmarkIndexes.filter((index) => Number.isFinite(index) && index > 0)
  if (measured.length === 0) return undefined
  const lowest = Math.round(Math.min(...measured))
  if (lowest >= CALIBRATED_BENCHMARK_INDEX) return undefined
  const highest = Math.round(Math.max(...measured))
  const range = lowest === highest ? `${lowest}` : `${lowest}–${highest}`
  return (
    `This machine's CPU benchmark index was ${range}; Lighthouse's 4× CPU slowdown assumes a host ` +
    `of at least ${CALIBRATED_BENCHMARK_INDEX}, so Total Blocking Time and Performance read worse ` +
    `here than on such a host.`
  )
}

/** A page whose runs read below this share of the session's CPU index was measured while slowed. */
export const SLOWED_SHARE = 0.8

export type Slowdown = { slowed: boolean; pageIndex: number; sessionIndex: number }

/** The median of the indexes Lighthouse reported; NaN when none did. */
function medianIndex(indexes: readonly number[]): number {
  const measured = indexes.filter((index) => Number.isFinite(index) && index > 0)
  return measured.length === 0 ? Number.NaN : medianBy(measured, (index) => index)
}

/**
 * Whether one page was measured while other work held the machine's CPU: the median benchmark
 * index of its runs is below `SLOWED_SHARE` of the median over every run of the session.
 * Lighthouse measures the host's speed at the start of each run, so a page measured in a busy
 * stretch reads slower than the other pages on the same host, while a slow host reads slow on
 * every page and is not "slowed" (CI on 2026-12-07: 2,841 and 2,868 on `/` and `/contact`, 1,848
 * on the article in between, whose Total Blocking Time tripled).
 * @param pageIndexes the page's runs' `environment.benchmarkIndex`
 * @param sessionIndexes every run's, this page's included
 */
export function slowdown(
  pageIndexes: readonly number[],
  sessionIndexes: readonly number[],
): Slowdown {
  const pageIndex = medianIndex(pageIndexes)
  const sessionIndex = medianIndex(sessionIndexes)
  return { slowed: pageIndex < SLOWED_SHARE * sessionIndex, pageIndex, sessionIndex }
}
