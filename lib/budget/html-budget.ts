import { fitLine, valueAt, type LinearFit } from './linear-fit'

export type HtmlSample = { slug: string; words: number; gzipBytes: number }
export type HtmlProjection = {
  words: number
  gzipBytes: number
  /** How the figure was reached, for the report. */
  method: string
  fit?: LinearFit
}

/**
 * The gzip size of the prerendered HTML of an article of `words` words. The build holds only
 * the sample articles, so the figure comes from them: a straight line through (words, gzip
 * bytes) separates the page's fixed cost (header, footer, scripts) from the cost of each word.
 * With fewer than two article lengths there is no line; the largest article's bytes per word
 * times `words` then over-states the size, which is the safe side for a budget.
 */
export function projectHtmlSize(samples: readonly HtmlSample[], words: number): HtmlProjection {
  const largest = [...samples].sort((a, b) => b.words - a.words)[0]
  if (!largest) throw new Error('projectHtmlSize: no prerendered article to measure')
  if (new Set(samples.map((s) => s.words)).size < 2) {
    const gzipBytes = (largest.gzipBytes / largest.words) * words
    return { words, gzipBytes, method: `bytes per word of ${largest.slug}` }
  }
  const fit = fitLine(samples.map((s) => ({ x: s.words, y: s.gzipBytes })))
  // An article no longer than the target already measures at least this much; a line fitted
  // below it must not promise less.
  const floor = Math.max(0, ...samples.filter((s) => s.words <= words).map((s) => s.gzipBytes))
  const gzipBytes = Math.max(valueAt(fit, words), floor)
  return { words, gzipBytes, method: `least-squares line through ${samples.length} articles`, fit }
}
