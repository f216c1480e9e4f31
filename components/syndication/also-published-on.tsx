import { syndicationLabel } from '@/lib/syndication/hosts'

/** Where copies of the article live, as `rel="syndication"` links (IndieWeb POSSE). */
export function AlsoPublishedOn({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null
  return (
    <p className="text-muted mt-6 text-sm">
      Also published on{' '}
      {urls.map((url, index) => (
        <span key={url}>
          {index > 0 ? ', ' : null}
          <a href={url} rel="syndication" className="text-accent underline underline-offset-4">
            {syndicationLabel(url)}
          </a>
        </span>
      ))}
      .
    </p>
  )
}
