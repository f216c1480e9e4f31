import { needLabel } from '@/lib/contact/fields'
import type { Inquiry } from '@/lib/db/schema'

const HEADER = [
  'id',
  'received_at',
  'status',
  'name',
  'email',
  'company',
  'need',
  'article',
  'message',
]

/** Inquiries as RFC 4180 CSV (CRLF line ends), safe to open in a spreadsheet. */
export function toCsv(rows: readonly Inquiry[]): string {
  const lines = [HEADER, ...rows.map(inquiryCells)].map((cells) => cells.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}

function inquiryCells(row: Inquiry): string[] {
  return [
    String(row.id),
    new Date(row.created_at).toISOString(),
    row.status,
    row.name,
    row.email,
    row.company ?? '',
    needLabel(row.need),
    row.article_slug ?? '',
    row.message,
  ]
}

/**
 * One quoted-if-needed cell. Text a spreadsheet would run as a formula (= + - @, and tab or CR
 * that some apps strip first) gets a leading apostrophe, so a visitor can't plant one.
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert
}
