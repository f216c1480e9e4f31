import type { FeedFormat } from './paths'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

export function feedResponse(format: FeedFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } })
}
