import { Link } from '@/components/ui/link'

import { pagePath } from '@/lib/content/paginate'

type Props = {
  /** The listing's own URL, which is also its page 1. */
  basePath: string
  page: number
  totalPages: number
}

const step =
  'border-line hover:border-accent hover:text-accent rounded-md border px-4 py-2 font-medium'

/** Previous and next page of a listing; nothing at all while the listing fits on one page. */
export function Pagination({ basePath, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1)} rel="prev" className={step}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={pagePath(basePath, page + 1)} rel="next" className={step}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
