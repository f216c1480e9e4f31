import type { Article } from '@/lib/content'
import { site } from '@/lib/site'

export function PublisherNote({ article }: { article: Article }) {
  return (
    <section aria-labelledby="publisher-note" className="border-line mt-14 border-t pt-8">
      <h2 id="publisher-note" className="text-lg font-semibold">
        Publisher note
      </h2>
      <p className="mt-3 font-medium">Published by {site.publisher}</p>
      <p className="text-muted mt-2 leading-relaxed">
        This article is part of {site.publisher}&apos;s {site.libraryName}. If it is republished on
        LinkedIn, Medium, or Dev.to, the original source should link back to this page.
      </p>
      <p className="text-muted mt-2 text-sm break-words">
        {article.publishedElsewhere ? 'Originally published at ' : 'Canonical source: '}
        <a href={article.canonicalUrl} className="text-accent underline underline-offset-4">
          {article.canonicalUrl}
        </a>
      </p>
    </section>
  )
}
