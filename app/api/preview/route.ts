import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getArticleSlugs } from '@/lib/content'
import { isPreviewSecret } from '@/lib/preview/secret'

/**
 * `/api/preview?secret=…&slug=…` switches on Next's draft mode and opens the article, so a draft
 * or scheduled article renders in production. Without the right secret it is a 404, as if the
 * route did not exist; the slug must be an article, so it can never redirect elsewhere.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const slug = params.get('slug') ?? ''
  if (!isPreviewSecret(params.get('secret')) || !getArticleSlugs().includes(slug)) {
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  }
  ;(await draftMode()).enable()
  redirect(`/articles/${slug}`)
}
