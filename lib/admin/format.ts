/** An epoch-ms instant as `2026-03-29 09:00 UTC`: one zone for the whole team, wherever they sit. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString()
}
