import { getSearchEntries } from '@/lib/search/site-index'

// Written once at build time; the search page's script fetches it, no other page does.
export const dynamic = 'force-static'
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function GET() {
  return Response.json(getSearchEntries())
}
