import type { ContactInput } from '@/lib/contact/schema'
import type { InquiryMeta } from '@/lib/contact/store'

export const T0 = Date.UTC(2026, 2, 29, 9, 0, 0)

export const sampleInput: ContactInput = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  company: 'Analytical Engines',
  need: 'architecture-review',
  message: 'Could you review the architecture of our billing service?',
  article: 'mvp-vs-scalable-architecture',
}

export function sampleMeta(overrides: Partial<InquiryMeta> = {}): InquiryMeta {
  return {
    ipHash: 'a'.repeat(64),
    userAgent: 'Mozilla/5.0 (test)',
    idempotencyKey: `id:${Math.random().toString(36).slice(2)}`,
    status: 'new',
    now: T0,
    ...overrides,
  }
}
