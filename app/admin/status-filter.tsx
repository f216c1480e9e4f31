import Link from 'next/link'

import { inboxHref } from '@/lib/admin/inbox'
import { INQUIRY_STATUSES, STATUS_LABELS } from '@/lib/admin/schema'
import type { InquiryStatus } from '@/lib/db/schema'

const FILTERS = [
  { label: 'All', status: undefined },
  ...INQUIRY_STATUSES.map((status) => ({ label: STATUS_LABELS[status], status })),
]

export function StatusFilter({ current }: { current?: InquiryStatus }) {
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-2">
        {FILTERS.map(({ label, status }) => {
          const active = status === current
          return (
            <li key={label}>
              <Link
                href={inboxHref({ status })}
                aria-current={active ? 'page' : undefined}
                className={`block rounded-full border px-3.5 py-1 text-sm font-medium ${
                  active
                    ? 'border-accent bg-accent text-on-accent'
                    : 'border-line text-ink hover:bg-wash bg-paper'
                }`}
              >
                {label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
