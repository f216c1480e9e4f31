import 'server-only'
import type { ContactInput } from '@/lib/contact/schema'
import type { Db, Inquiry, InquiryStatus } from '@/lib/db'

export interface InquiryMeta {
  ipHash: string
  userAgent: string | null
  idempotencyKey: string
  /** 'spam' keeps the submission for review but sends no notification. */
  status: 'new' | 'spam'
  now: number
}

export interface CreatedInquiry {
  id: number
  /** True when this idempotency key was seen before: nothing new was written. */
  duplicate: boolean
}

const USER_AGENT_MAX = 500

/**
 * Stores an inquiry and, for a real one, its notification in the same transaction: either both
 * exist or neither does, so a lead is never stored without its email being queued.
 */
export async function createInquiry(
  db: Db,
  input: ContactInput,
  meta: InquiryMeta,
): Promise<CreatedInquiry> {
  return db.transaction().execute(async (trx) => {
    // ON CONFLICT DO NOTHING, not catch-the-error: a concurrent twin waits for the first
    // to commit and then inserts nothing, on both dialects, without aborting the transaction.
    const inserted = await trx
      .insertInto('inquiries')
      .values({
        created_at: meta.now,
        name: input.name,
        email: input.email,
        company: input.company ?? null,
        need: input.need ?? null,
        message: input.message,
        article_slug: input.article ?? null,
        status: meta.status,
        ip_hash: meta.ipHash,
        user_agent: meta.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
        idempotency_key: meta.idempotencyKey,
      })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .executeTakeFirst()

    if (!inserted) {
      const existing = await trx
        .selectFrom('inquiries')
        .select('id')
        .where('idempotency_key', '=', meta.idempotencyKey)
        .executeTakeFirstOrThrow()
      return { id: existing.id, duplicate: true }
    }

    if (meta.status === 'new') {
      await trx
        .insertInto('outbox')
        .values({
          inquiry_id: inserted.id,
          status: 'pending',
          attempts: 0,
          next_attempt_at: meta.now,
          created_at: meta.now,
        })
        .execute()
    }
    return { id: inserted.id, duplicate: false }
  })
}

export interface ListOptions {
  status?: InquiryStatus
  limit?: number
  offset?: number
}

/** Newest first, for the admin list. */
export async function listInquiries(
  db: Db,
  { status, limit = 50, offset = 0 }: ListOptions = {},
): Promise<Inquiry[]> {
  let query = db.selectFrom('inquiries').selectAll()
  if (status) query = query.where('status', '=', status)
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()
}

export async function countInquiries(
  db: Db,
  { status }: Pick<ListOptions, 'status'> = {},
): Promise<number> {
  let query = db.selectFrom('inquiries').select((eb) => eb.fn.countAll<number>().as('count'))
  if (status) query = query.where('status', '=', status)
  const row = await query.executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function getInquiry(db: Db, id: number): Promise<Inquiry | undefined> {
  return db.selectFrom('inquiries').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Returns false when there is no such inquiry. */
export async function setInquiryStatus(
  db: Db,
  id: number,
  status: InquiryStatus,
): Promise<boolean> {
  const result = await db
    .updateTable('inquiries')
    .set({ status })
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Every inquiry, newest first, for the CSV export. */
export async function allInquiries(db: Db): Promise<Inquiry[]> {
  return db
    .selectFrom('inquiries')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
}
