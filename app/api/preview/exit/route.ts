import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves preview: the draft-mode cookie goes, and pages are the published ones again. */
export async function GET() {
  ;(await draftMode()).disable()
  redirect('/')
}
