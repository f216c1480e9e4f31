import { describe, expect, it } from 'vitest'
import { csvHeaders, exportFileName, inquiriesCsv } from '@/lib/admin/export'
import type { Inquiry } from '@/lib/db/schema'

const row: Inquiry = {
  id: 7,
  created_at: Date.UTC(2026, 2, 29, 9, 0),
  name: 'Zoë Ångström',
  email: 'zoe@example.com',
  company: null,
  need: 'scaling',
  message: 'Line one\nLine two',
  article_slug: null,
  status: 'new',
  ip_hash: 'a'.repeat(64),
  user_agent: null,
  idempotency_key: 'k',
}

describe('CSV export', () => {
  it('starts with a byte-order mark so Excel keeps the accents', () => {
    const csv = inquiriesCsv([row])
    expect(csv.startsWith('\uFEFFid,received_at,')).toBe(true)
    expect(csv).toContain('Zoë Ångström')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('names the file after the UTC date', () => {
    expect(exportFileName(Date.UTC(2026, 11, 31, 23, 59))).toBe('inquiries-2026-12-31.csv')
  })

  it('downloads as an uncached attachment', () => {
    expect(csvHeaders('inquiries-2026-03-29.csv')).toMatchObject({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="inquiries-2026-03-29.csv"',
      'Cache-Control': 'no-store',
    })
  })
})
