import Link from 'next/link'

import { inboxHref } from '@/lib/admin/inbox'
import type { InquiryStatus } from '@/lib/db/schema'

import { secondaryButton } from './styles'

type Props = { status?: InquiryStatus; page: number; pageCount: number }

export function Pagination({ status, page, pageCount }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={inboxHref({ status, page: page - 1 })} className={secondaryButton}>
          Previous page
        </Link>
      ) : null}
      <p>
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={inboxHref({ status, page: page + 1 })} className={secondaryButton}>
          Next page
        </Link>
      ) : null}
    </nav>
  )
}
