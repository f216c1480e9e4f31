const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '')

/** Optimal string alignment distance: typos are mostly one slip, a swap counts as one. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1)
      }
      const row = rows[i]
      if (row) row[j] = best
    }
  }
  return at(a.length, b.length)
}

/**
 * The known name an unknown one was probably meant to be: same letters in another case or
 * separator style (`canonical_url`), a typo or two (`tittle`), or a cut-short name (`reading`).
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const wanted = normalize(name)
  if (wanted === '') return undefined
  let best: { name: string; distance: number } | undefined
  for (const candidate of known) {
    const target = normalize(candidate)
    const distance = editDistance(wanted, target)
    const close = distance <= Math.max(1, Math.floor(target.length / 4))
    const prefix = wanted.length >= 4 && target.startsWith(wanted)
    if ((close || prefix) && (best === undefined || distance < best.distance)) {
      best = { name: candidate, distance }
    }
  }
  return best?.name
}
