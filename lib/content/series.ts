import type { Article } from '.'
import { currentTime } from './clock'
import { isListed } from './visibility'

export type Series = {
  name: string
  /** Published parts, by their `order`. */
  parts: Article[]
  /** The article's place among `parts`, from 1. */
  position: number
  total: number
}

const orderOf = (article: Article) => article.series?.order ?? 0

/**
 * The series `article` belongs to, as a reader sees it: published parts only, numbered by their
 * place in the list rather than their `order`, so a gap left by a draft never reads "Part 3 of 2".
 * Undefined when the article is in no series, or is itself a draft (previewed in `next dev`),
 * whose place in the series is not settled yet.
 */
export function seriesOf(article: Article, published: readonly Article[]): Series | undefined {
  const own = article.series
  if (!own) return undefined
  const now = currentTime()
  const parts = published
    .filter((other) => isListed(other, now) && other.series?.slug === own.slug)
    .sort((a, b) => orderOf(a) - orderOf(b) || a.date.localeCompare(b.date))
  const index = parts.findIndex((part) => part.slug === article.slug)
  if (index === -1) return undefined
  return { name: own.name, parts, position: index + 1, total: parts.length }
}
