import type { Article } from '.'
import { currentTime } from './clock'
import { isListed } from './visibility'

/** How many related articles an article shows. */
export const RELATED_COUNT = 3

type Candidate = { article: Article; sharedTags: number; sameCategory: boolean }

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.sharedTags - a.sharedTags ||
    Number(b.sameCategory) - Number(a.sameCategory) ||
    b.article.date.localeCompare(a.article.date) ||
    a.article.title.localeCompare(b.article.title)
  )
}

/**
 * What to read after `article`: the published articles sharing the most tags with it, then those
 * in its category, then the newest. Articles sharing nothing still fill the list, so a reader is
 * never left with fewer than `count` when the library has them. Drafts are dropped here too, so a
 * caller passing every article cannot leak one.
 */
export function relatedArticles(
  article: Article,
  published: readonly Article[],
  count = RELATED_COUNT,
): Article[] {
  const tags = new Set(article.tags.map((tag) => tag.slug))
  const now = currentTime()
  return published
    .filter((other) => isListed(other, now) && other.slug !== article.slug)
    .map((other) => ({
      article: other,
      sharedTags: other.tags.filter((tag) => tags.has(tag.slug)).length,
      sameCategory: other.category.slug === article.category.slug,
    }))
    .sort(compareCandidates)
    .slice(0, count)
    .map((candidate) => candidate.article)
}
