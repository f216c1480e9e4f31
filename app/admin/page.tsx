import type { Metadata } from 'next'

import { loadInboxPage, PAGE_SIZE, parseInboxQuery, type InboxPage } from '@/lib/admin/inbox'
import { STATUS_LABELS } from '@/lib/admin/schema'
import { requireAdmin } from '@/lib/admin/session'
import { getDb } from '@/lib/db'

import { AdminShell } from './admin-shell'
import { InquiryTable } from './inquiry-table'
import { Pagination } from './pagination'
import { StatusFilter } from './status-filter'
import { secondaryButton } from './styles'

export const metadata: Metadata = { title: 'Inbox' }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function InboxPage({ searchParams }: Props) {
  await requireAdmin()
  const inbox = await loadInboxPage(await getDb(), parseInboxQuery(await searchParams))
  return (
    <AdminShell>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Inbox</h1>
        {/* A plain link, not <Link>: the client router would fetch the CSV route as a page. No
            `download` attribute either, so an expired session shows the sign-in page, not a file. */}
        <a href="/admin/export" className={`${secondaryButton} text-sm`}>
          Export CSV
        </a>
      </div>
      <div className="mt-6 mb-6">
        <StatusFilter current={inbox.status} />
      </div>
      {inbox.total > 0 ? (
        <InquiryTable inquiries={inbox.inquiries} caption={captionOf(inbox)} />
      ) : (
        <p className="bg-wash border-line text-muted rounded-md border px-4 py-6">
          {inbox.status
            ? `No inquiries marked ${STATUS_LABELS[inbox.status].toLowerCase()}.`
            : 'No inquiries yet.'}
        </p>
      )}
      <Pagination status={inbox.status} page={inbox.page} pageCount={inbox.pageCount} />
    </AdminShell>
  )
}

/** "Showing 51–100 of 120 new inquiries, newest first". */
function captionOf({ status, total, page, inquiries }: InboxPage): string {
  const first = (page - 1) * PAGE_SIZE + 1
  const last = first + inquiries.length - 1
  const kind = status ? `${STATUS_LABELS[status].toLowerCase()} ` : ''
  const noun = total === 1 ? 'inquiry' : 'inquiries'
  return `Showing ${first}–${last} of ${total} ${kind}${noun}, newest first`
}
