import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '@/lib/contact/csv'
import type { Inquiry } from '@/lib/db/schema'

const row: Inquiry = {
  id: 7,
  created_at: Date.UTC(2026, 2, 29, 9, 30),
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  company: null,
  need: 'architecture-review',
  message: 'Hello',
  article_slug: null,
  status: 'new',
  ip_hash: 'f'.repeat(64),
  user_agent: 'Mozilla/5.0',
  idempotency_key: 'id:abc',
}

describe('CSV export', () => {
  it('writes a header and one CRLF-terminated line per inquiry, without ip hashes', () => {
    expect(toCsv([row])).toBe(
      'id,received_at,status,name,email,company,need,article,message\r\n' +
        '7,2026-03-29T09:30:00.000Z,new,Ada Lovelace,ada@example.com,,Architecture review,,Hello\r\n',
    )
  })

  it('quotes cells with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Smith, Jane')).toBe('"Smith, Jane"')
    expect(csvCell('She said "hi"')).toBe('"She said ""hi"""')
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"')
    expect(csvCell('plain')).toBe('plain')
  })

  it.each(['=HYPERLINK("http://evil.test")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises %j so a spreadsheet shows it as text',
    (formula) => {
      expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/)
    },
  )

  it('keeps a multi-line message in one record', () => {
    const csv = toCsv([{ ...row, message: 'a\nb, "c"' }])
    expect(csv).toContain(',"a\nb, ""c"""\r\n')
  })
})
