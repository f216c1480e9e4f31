import { getSearchEntries } from '@/lib/search/site-index'

// Written once at build time; the search page's script fetches it, no other page does.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(getSearchEntries())
}
