/** Who may see what: the one place drafts and scheduled articles are decided. */
import { currentTime } from './clock'

type Visible = { draft: boolean; date: string }

/** Published, waiting for its date, or kept back by its editor. */
export type Status = 'published' | 'scheduled' | 'draft'

/** A `date: 2026-12-08` article goes live at 00:00 UTC on that day. */
export function statusOf(article: Visible, now: Date = currentTime()): Status {
  if (article.draft) return 'draft'
  return article.date <= now.toISOString().slice(0, 10) ? 'published' : 'scheduled'
}

/** Listed on the home, category and tag pages, in feeds, search and the sitemap. */
export function isListed(article: Visible, now: Date = currentTime()): boolean {
  return statusOf(article, now) === 'published'
}

/**
 * Has a page: published articles always; drafts and scheduled articles only while previewing,
 * that is in `next dev` or with Next's draft mode switched on by the preview secret.
 */
export function isReachable(article: Visible, { preview = false, now = currentTime() } = {}) {
  return isListed(article, now) || preview || process.env.NODE_ENV === 'development'
}

/** Public now or from its date on, without a rebuild: listings and tags prerender routes for these. */
export function willBeListed(article: Visible): boolean {
  return !article.draft
}
