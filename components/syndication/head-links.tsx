import { FEEDS } from '@/lib/feed/paths'
import { site } from '@/lib/site'

/**
 * Feed discovery and license links for every page's `<head>` (React hoists `<link>` there).
 * Not `metadata.alternates.types`: a page's own `alternates` (its canonical, on every page)
 * replaces the layout's whole object, which would drop the feeds from every page that has one.
 */
export function SyndicationHeadLinks() {
  return (
    <>
      {FEEDS.map((feed) => (
        <link
          key={feed.path}
          rel="alternate"
          type={feed.mediaType}
          href={feed.path}
          title={`${site.publisher} (${feed.label})`}
        />
      ))}
      <link rel="license" href={site.license.url} />
    </>
  )
}
