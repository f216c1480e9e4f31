import type { OutboxEntry, OutboxStatus } from '@/lib/db/schema'

import { None } from '../../none'
import { UtcTime } from '../../utc-time'
import { DetailRow } from './detail-row'

const DELIVERY_LABELS: Record<OutboxStatus, string> = {
  pending: 'Waiting to be sent',
  sent: 'Sent',
  failed: 'Failed, will retry',
  dead: 'Gave up after repeated failures',
}

/** Whether the team's notification email for this inquiry went out, and if not, why. */
export function DeliveryDetails({ delivery }: { delivery: OutboxEntry | undefined }) {
  if (!delivery) {
    return (
      <p className="text-muted">
        No notification email was queued: this inquiry was flagged as spam when it arrived.
      </p>
    )
  }
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      <DetailRow term="Delivery status">{DELIVERY_LABELS[delivery.status]}</DetailRow>
      <DetailRow term="Attempts">{delivery.attempts}</DetailRow>
      <DetailRow term="Last error">
        {delivery.last_error ? (
          <span className="break-words">{delivery.last_error}</span>
        ) : (
          <None />
        )}
      </DetailRow>
      <DetailRow term="Sent at">
        {delivery.sent_at === null ? <None /> : <UtcTime ms={delivery.sent_at} />}
      </DetailRow>
      {delivery.status === 'failed' ? (
        <DetailRow term="Next attempt">
          <UtcTime ms={delivery.next_attempt_at} />
        </DetailRow>
      ) : null}
    </dl>
  )
}
