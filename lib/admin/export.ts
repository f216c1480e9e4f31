import { toCsv } from '@/lib/contact/csv'
import type { Inquiry } from '@/lib/db/schema'

// Without a byte-order mark Excel reads UTF-8 as the local code page and mangles accents.
const BOM = '\uFEFF'

/** The export file's body: RFC 4180 CSV that Excel opens with accents intact. */
export function inquiriesCsv(rows: readonly Inquiry[]): string {
  return `${BOM}${toCsv(rows)}`
}

/** `inquiries-2026-03-29.csv`, dated in UTC like everything else in the admin. */
export function exportFileName(now: number = Date.now()): string {
  return `inquiries-${new Date(now).toISOString().slice(0, 10)}.csv`
}

export function csvHeaders(fileName: string): HeadersInit {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  }
}
