/** Who may see what: the one place drafts are decided. */
type Visible = { draft: boolean }

const previewingDrafts = process.env.NODE_ENV === 'development'

/** Listed on the home, category and tag pages (and, later, feeds and the sitemap). */
export function isListed(article: Visible): boolean {
  return !article.draft
}

/** Has a page: published articles always, drafts only in `next dev` so editors can preview them. */
export function isReachable(article: Visible): boolean {
  return isListed(article) || previewingDrafts
}
