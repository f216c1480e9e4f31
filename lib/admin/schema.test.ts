import { describe, expect, it } from 'vitest'
import { parseInquiryId, statusChangeSchema } from '@/lib/admin/schema'
import { formatUtc } from '@/lib/admin/format'

describe('inquiry id', () => {
  it('reads the ids we link to', () => {
    expect(parseInquiryId('1')).toBe(1)
    expect(parseInquiryId('4096')).toBe(4096)
  })

  it('rejects anything else, so the page 404s', () => {
    for (const value of ['0', '012', '1e3', ' 12', '12abc', '-1', '', '9999999999999999', 12]) {
      expect(parseInquiryId(value)).toBeUndefined()
    }
  })
})

describe('status change', () => {
  it('takes an id and one of the three statuses', () => {
    expect(statusChangeSchema.parse({ id: '3', status: 'handled' })).toEqual({
      id: 3,
      status: 'handled',
    })
    expect(statusChangeSchema.safeParse({ id: '3', status: 'deleted' }).success).toBe(false)
    expect(statusChangeSchema.safeParse({ id: 'x', status: 'spam' }).success).toBe(false)
  })
})

describe('UTC time', () => {
  it('shows minutes in UTC, whatever the server’s zone', () => {
    expect(formatUtc(Date.UTC(2026, 2, 29, 9, 5, 59))).toBe('2026-03-29 09:05 UTC')
  })
})
