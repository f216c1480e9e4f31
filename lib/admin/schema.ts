import { z } from 'zod'

import type { InquiryStatus } from '@/lib/db/schema'

export const INQUIRY_STATUSES = [
  'new',
  'handled',
  'spam',
] as const satisfies readonly InquiryStatus[]

export const STATUS_LABELS: Record<InquiryStatus, string> = {
  new: 'New',
  handled: 'Handled',
  spam: 'Spam',
}

// Canonical ids only: "012", "1e3" or " 12" are not ids we ever print, so they are 404s.
const inquiryId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/)
  .transform(Number)

/** An inquiry id from a URL or form field, or undefined when it can't be one. */
export function parseInquiryId(value: unknown): number | undefined {
  const parsed = inquiryId.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

export const signInSchema = z.object({
  password: z.string({ error: 'Enter the password.' }).min(1, { error: 'Enter the password.' }),
})

export const statusChangeSchema = z.object({
  id: inquiryId,
  status: z.enum(INQUIRY_STATUSES),
})

export type StatusChange = z.infer<typeof statusChangeSchema>
