import { INQUIRY_STATUSES } from '@/lib/admin/schema'
import type { InquiryStatus } from '@/lib/db/schema'

import { secondaryButton } from '../../styles'
import { SubmitButton } from '../../submit-button'
import { changeStatus } from './actions'

const ACTION_LABELS: Record<InquiryStatus, string> = {
  handled: 'Mark handled',
  spam: 'Mark as spam',
  new: 'Mark as new',
}

/** One small form per choice, so each works as a plain POST without JavaScript. */
export function StatusActions({ id, current }: { id: number; current: InquiryStatus }) {
  const choices = INQUIRY_STATUSES.filter((status) => status !== current)
  return (
    <div className="flex flex-wrap gap-3">
      {choices.map((status) => (
        <form key={status} action={changeStatus}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value={status} />
          <SubmitButton className={secondaryButton}>{ACTION_LABELS[status]}</SubmitButton>
        </form>
      ))}
    </div>
  )
}
