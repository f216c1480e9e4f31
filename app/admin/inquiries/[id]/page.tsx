import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'

import { INQUIRY_STATUSES, parseInquiryId, STATUS_LABELS } from '@/lib/admin/schema'
import { requireAdmin } from '@/lib/admin/session'
import { getDelivery } from '@/lib/contact/outbox-queue'
import { getInquiry } from '@/lib/contact/store'
import { getDb } from '@/lib/db'

import { AdminShell } from '../../admin-shell'
import { StatusBadge } from '../../status-badge'
import { textLink } from '../../styles'
import { UtcTime } from '../../utc-time'
import { DeliveryDetails } from './delivery-details'
import { InquiryDetails } from './inquiry-details'
import { StatusActions } from './status-actions'

// A static title: the name is personal data and does not belong in browser history.
export const metadata: Metadata = { title: 'Inquiry' }
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ changed?: string | string[] }>
}

const changedSchema = z.enum(INQUIRY_STATUSES).optional().catch(undefined)

export default async function InquiryPage({ params, searchParams }: Props) {
  await requireAdmin()
  const id = parseInquiryId((await params).id)
  if (id === undefined) notFound()
  const db = await getDb()
  const inquiry = await getInquiry(db, id)
  if (!inquiry) notFound()
  const delivery = await getDelivery(db, id)
  const changed = changedSchema.parse((await searchParams).changed)

  return (
    <AdminShell>
      <p className="text-sm">
        <Link href="/admin" className={textLink}>
          <span aria-hidden="true">← </span>Back to inbox
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight break-words">
        Inquiry from {inquiry.name}
      </h1>
      <p className="text-muted mt-2 flex flex-wrap items-center gap-3">
        <span>
          Received <UtcTime ms={inquiry.created_at} />
        </span>
        <StatusBadge status={inquiry.status} />
      </p>

      <div role="status" className="empty:hidden">
        {changed === inquiry.status ? (
          <p className="mt-6 rounded-md border border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-100">
            Marked as {STATUS_LABELS[changed].toLowerCase()}.
          </p>
        ) : null}
      </div>

      <section aria-labelledby="message-heading" className="mt-8">
        <h2 id="message-heading" className="text-xl font-semibold">
          Message
        </h2>
        <div className="bg-wash border-line mt-3 rounded-md border p-4 leading-relaxed break-words whitespace-pre-wrap">
          {inquiry.message}
        </div>
      </section>

      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-xl font-semibold">
          Status
        </h2>
        <p className="mt-2 mb-4">
          This inquiry is marked <strong>{STATUS_LABELS[inquiry.status].toLowerCase()}</strong>.
        </p>
        <StatusActions id={inquiry.id} current={inquiry.status} />
      </section>

      <section aria-labelledby="details-heading" className="mt-8">
        <h2 id="details-heading" className="mb-3 text-xl font-semibold">
          Details
        </h2>
        <InquiryDetails inquiry={inquiry} />
      </section>

      <section aria-labelledby="delivery-heading" className="mt-8">
        <h2 id="delivery-heading" className="mb-3 text-xl font-semibold">
          Notification email
        </h2>
        <DeliveryDetails delivery={delivery} />
      </section>
    </AdminShell>
  )
}
