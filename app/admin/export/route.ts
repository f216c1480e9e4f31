import { csvHeaders, exportFileName, inquiriesCsv } from '@/lib/admin/export'
import { requireAdmin } from '@/lib/admin/session'
import { allInquiries } from '@/lib/contact/store'
import { getDb } from '@/lib/db'
import { log } from '@/lib/log'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  await requireAdmin()
  const inquiries = await allInquiries(await getDb())
  log.info({ count: inquiries.length }, 'inquiries exported')
  return new Response(inquiriesCsv(inquiries), { headers: csvHeaders(exportFileName()) })
}
