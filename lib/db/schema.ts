import type { Generated, Insertable, Selectable } from 'kysely'

// Timestamps are epoch milliseconds everywhere: INTEGER on SQLite, BIGINT on PostgreSQL
// (parsed back to number by the pg pool, see connect.ts). Arithmetic on them is plain math.

export type InquiryStatus = 'new' | 'handled' | 'spam'

export interface InquiriesTable {
  id: Generated<number>
  created_at: number
  name: string
  email: string
  company: string | null
  need: string | null
  message: string
  article_slug: string | null
  status: InquiryStatus
  ip_hash: string
  user_agent: string | null
  idempotency_key: string
}

/** pending: never tried; failed: will retry at next_attempt_at; dead: gave up after many tries. */
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'dead'

export interface OutboxTable {
  id: Generated<number>
  inquiry_id: number
  status: OutboxStatus
  attempts: number
  next_attempt_at: number
  /** A drainer owns the row until then; a crashed drainer's claim simply runs out. */
  claimed_until: number | null
  last_error: string | null
  sent_at: number | null
  created_at: number
}

/** Which limit an event counts against; scopes never share events. */
export type RateLimitScope = 'contact' | 'signin'

/** One counted request (an accepted inquiry, a failed sign-in); limits count these over sliding windows. */
export interface RateLimitEventsTable {
  id: Generated<number>
  scope: RateLimitScope
  ip_hash: string
  at: number
}

export interface Database {
  inquiries: InquiriesTable
  outbox: OutboxTable
  rate_limit_events: RateLimitEventsTable
}

export type Inquiry = Selectable<InquiriesTable>
export type NewInquiry = Insertable<InquiriesTable>
export type OutboxEntry = Selectable<OutboxTable>
