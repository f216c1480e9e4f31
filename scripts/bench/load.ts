// One load run with autocannon's programmatic API, reduced to the figures the report keeps.
import autocannon from 'autocannon'

export type LoadResult = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
}

export async function load(
  url: string,
  { connections = 50, durationSeconds = 15 } = {},
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: durationSeconds })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** A short run first, so the JIT, caches and keep-alive pools are warm when the measured run starts. */
export async function warmThenLoad(url: string, durationSeconds: number): Promise<LoadResult> {
  await load(url, { durationSeconds: Math.max(2, Math.round(durationSeconds / 5)) })
  return load(url, { durationSeconds })
}
