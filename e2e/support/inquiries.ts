import { randomBytes } from 'node:crypto'
import { join } from 'node:path'

import Database from 'better-sqlite3'

import { E2E_DATA_DIR, MAIL_HTTP_PORT } from './env'

export type StoredInquiry = {
  id: number
  name: string
  email: string
  status: string
  article_slug: string | null
  ip_hash: string
}

/** What the server stored, read from its real SQLite file (read-only; the server keeps writing). */
export function inquiriesFor(email: string): StoredInquiry[] {
  const db = new Database(join(__dirname, '..', '..', E2E_DATA_DIR, 'site.db'), {
    readonly: true,
    fileMustExist: true,
  })
  try {
    return db
      .prepare(
        'SELECT id, name, email, status, article_slug, ip_hash FROM inquiries WHERE email = ?',
      )
      .all(email) as StoredInquiry[]
  } finally {
    db.close()
  }
}

export type SentMail = { to: string[]; headers: Record<string, string>; raw: string }

/** Mail the real SMTP server in the suite received. */
export async function mailTo(replyTo: string): Promise<SentMail[]> {
  const response = await fetch(`http://127.0.0.1:${MAIL_HTTP_PORT}/`)
  const all = (await response.json()) as SentMail[]
  return all.filter((mail) => mail.headers['reply-to']?.includes(replyTo))
}

/** A unique visitor: its own email (to find its rows) and its own client address (its own rate limit). */
export function visitor(label: string) {
  const id = randomBytes(6).toString('hex')
  return {
    email: `${label}-${id}@example.com`,
    // Documentation prefix (RFC 3849): never a real client.
    ip: `2001:db8::${id.slice(0, 4)}:${id.slice(4, 8)}:${id.slice(8)}`,
  }
}
