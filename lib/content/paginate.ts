/** Articles per listing page: home, category and tag pages alike. */
export const PAGE_SIZE = 12

export type Page<T> = {
  items: T[]
  /** This page's number, from 1. */
  page: number
  totalPages: number
  /** Items across every page. */
  total: number
}

/** How many pages a list of `total` items fills; an empty list still has its one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw new RangeError(`perPage must be a whole number above 0, got ${perPage}`)
  }
  return Math.max(1, Math.ceil(total / perPage))
}

/** Page `page` of `list`, or undefined when there is no such page (the route's 404). */
export function paginate<T>(
  list: readonly T[],
  page: number,
  perPage: number,
): Page<T> | undefined {
  const totalPages = pageCount(list.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined
  const start = (page - 1) * perPage
  return { items: list.slice(start, start + perPage), page, totalPages, total: list.length }
}

/** The numbers of the pages after the first: the ones a `/page/<n>` route prerenders. */
export function laterPages(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => index + 2)
}

/**
 * Where page `page` of the listing at `basePath` lives. Page 1 is the listing's own URL and has no
 * `/page/1` twin, so each page has exactly one address.
 */
export function pagePath(basePath: string, page: number): string {
  if (page === 1) return basePath
  return `${basePath === '/' ? '' : basePath}/page/${page}`
}

/** A `[page]` segment as a later page's number: `2`, `10`; never `1`, `02`, `2.0` or `two`. */
export function parseLaterPage(segment: string): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined
  const page = Number(segment)
  return page >= 2 && Number.isSafeInteger(page) ? page : undefined
}
