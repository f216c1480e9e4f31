import 'server-only'
import { z } from 'zod'

import { INQUIRY_STATUSES } from '@/lib/admin/schema'
import { countInquiries, listInquiries } from '@/lib/contact/store'
import type { Db, Inquiry, InquiryStatus } from '@/lib/db'

export const PAGE_SIZE = 50

// A hand-edited URL is not an error worth a page: anything odd falls back to the default.
const inboxQuerySchema = z.object({
  status: z.enum(INQUIRY_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
})

export type InboxQuery = z.infer<typeof inboxQuerySchema>

export function parseInboxQuery(searchParams: Record<string, string | string[] | undefined>) {
  return inboxQuerySchema.parse({ status: searchParams.status, page: searchParams.page })
}

export interface InboxPage {
  inquiries: Inquiry[]
  status?: InquiryStatus
  total: number
  /** The page shown: the one asked for, or the last when it asked past the end. */
  page: number
  pageCount: number
}

/** One page of the inbox, newest first. */
export async function loadInboxPage(
  db: Db,
  { status, page }: InboxQuery,
  pageSize: number = PAGE_SIZE,
): Promise<InboxPage> {
  const total = await countInquiries(db, { status })
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const shown = Math.min(page, pageCount)
  const inquiries = await listInquiries(db, {
    status,
    limit: pageSize,
    offset: (shown - 1) * pageSize,
  })
  return { inquiries, status, total, page: shown, pageCount }
}

/** The inbox URL for a filter and page, leaving out defaults so links stay short. */
export function inboxHref({ status, page = 1 }: { status?: InquiryStatus; page?: number }): string {
  const params = new URLSearchParams()
  if (status) params.set('status', status)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/admin?${query}` : '/admin'
}
