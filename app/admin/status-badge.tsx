import { STATUS_LABELS } from '@/lib/admin/schema'
import type { InquiryStatus } from '@/lib/db/schema'

const TONES: Record<InquiryStatus, string> = {
  new: 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-100',
  handled: 'border-line bg-wash text-muted',
  spam: 'border-red-700 bg-red-50 text-red-800 dark:border-red-400 dark:bg-red-950/50 dark:text-red-100',
}

export function StatusBadge({ status }: { status: InquiryStatus }) {
  return (
    <span
      className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  )
}
