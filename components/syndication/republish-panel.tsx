import type { Article } from '@/lib/content'
import { site } from '@/lib/site'
import { markdownPath } from '@/lib/syndication/paths'

import { CopyField } from './copy-field'
import { RepublishPlatforms } from './republish-platforms'

const linkClass = 'text-accent underline underline-offset-4'

/**
 * The republishing kit: closed until asked for, and opened by `<details>` itself, so it works
 * before (or without) JavaScript. The h2 inside the summary names both the section and the toggle.
 */
export function RepublishPanel({ article }: { article: Article }) {
  return (
    <section aria-labelledby="republish" className="border-line mt-8 rounded-xl border px-5 py-4">
      <details>
        <summary className="cursor-pointer">
          <h2 id="republish" className="inline text-lg font-semibold">
            Republish this article
          </h2>
        </summary>
        <div className="mt-4 leading-relaxed">
          <p>{site.republishingTerms}</p>
          <p className="text-muted mt-2 text-sm">
            License:{' '}
            <a rel="license" href={site.license.url} className={linkClass}>
              {site.license.name}
            </a>
            . A plain copy of the article is in the{' '}
            <a href={markdownPath(article.slug)} className={linkClass}>
              Markdown version
            </a>
            .
          </p>
          <CopyField
            id="republish-attribution"
            label="Attribution line"
            value={`This article was originally published at ${article.canonicalUrl} by ${site.publisher}.`}
          />
          <RepublishPlatforms article={article} />
        </div>
      </details>
    </section>
  )
}
