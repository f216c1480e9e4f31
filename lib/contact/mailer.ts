import 'server-only'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { RenderedEmail } from '@/lib/contact/email'
import type { Inquiry } from '@/lib/db/schema'
import { log } from '@/lib/log'

/** What the outbox needs from a transport; nodemailer's transporter is one. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>
  /** Closes the idle connection now, so a script can exit without waiting for it to time out. */
  close(): void
}

// Well under the outbox lease, so a hung server fails the attempt before another drainer may retry it.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }

// One connection, reused while notifications keep coming and closed 10 s after the last (before the
// socket timeout would): a burst pays the connection, TLS and the server's greeting once, not per
// message, and mail servers delay the greeting on purpose (smtp-server 100 ms, postscreen seconds).
// The outbox drains one message at a time, so one connection is all it uses. A connection lost in
// the middle of a message fails that send (no requeue inside nodemailer): the outbox counts the
// attempt and retries it with backoff, as it does every failure.
const SMTP_POOL = { pool: true, maxConnections: 1, maxRequeues: 0, idleTimeout: 10_000 } as const

export function createMailTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS, ...SMTP_POOL })
}

const state = globalThis as typeof globalThis & { __modderCoderMail?: MailTransport | null }

/** The transport from SMTP_URL, or null when notifications are off (logged once). */
export function getMailTransport(): MailTransport | null {
  if (state.__modderCoderMail !== undefined) return state.__modderCoderMail
  const url = process.env.SMTP_URL
  if (!url) log.warn('notifications are off: SMTP_URL is not set')
  state.__modderCoderMail = url ? createMailTransport(url) : null
  return state.__modderCoderMail
}

/**
 * The notification for one inquiry. The visitor's address goes in Reply-To only: putting it in
 * From would fail the sender's SPF/DMARC and let anyone send mail "from" any address.
 */
export function inquiryMessage(inquiry: Inquiry, email: RenderedEmail): SendMailOptions {
  return {
    from: process.env.CONTACT_FROM || 'Modder Coder <no-reply@localhost>',
    to: process.env.CONTACT_TO || 'team@localhost',
    replyTo: { name: inquiry.name, address: inquiry.email },
    subject: email.subject,
    text: email.text,
    html: email.html,
  }
}
