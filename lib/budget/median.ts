/**
 * The median item by `key`. With an even count it is the lower of the two middle items,
 * so a tie between a good and a bad run reports the bad one rather than an average of neither.
 */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  if (items.length === 0) throw new Error('medianBy: no items')
  const sorted = [...items].sort((a, b) => key(a) - key(b))
  return sorted[Math.floor((sorted.length - 1) / 2)] as T
}
