'use server'

import { revalidatePath } from 'next/cache'
import { notFound, redirect } from 'next/navigation'

import { statusChangeSchema } from '@/lib/admin/schema'
import { requireAdmin } from '@/lib/admin/session'
import { setInquiryStatus } from '@/lib/contact/store'
import { getDb } from '@/lib/db'
import { log } from '@/lib/log'

/** Our own forms only ever post a known id and status; anything else is a forged request. */
export async function changeStatus(formData: FormData): Promise<void> {
  await requireAdmin()
  const parsed = statusChangeSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) notFound()
  const { id, status } = parsed.data
  if (!(await setInquiryStatus(await getDb(), id, status))) notFound()
  log.info({ inquiryId: id, status }, 'inquiry status changed')

  revalidatePath('/admin', 'layout')
  redirect(`/admin/inquiries/${id}?changed=${status}`)
}
