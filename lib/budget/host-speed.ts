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
