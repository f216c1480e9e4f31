export type Point = { x: number; y: number }
export type LinearFit = { intercept: number; slope: number }

/** Least-squares line through the points; needs two distinct x values. */
export function fitLine(points: readonly Point[]): LinearFit {
  const n = points.length
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0)
  if (n < 2 || sxx === 0) throw new Error('fitLine: needs at least two distinct x values')
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0)
  const slope = sxy / sxx
  return { intercept: meanY - slope * meanX, slope }
}

export function valueAt(fit: LinearFit, x: number): number {
  return fit.intercept + fit.slope * x
}
