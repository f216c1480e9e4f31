import type { Article } from '@/lib/content'

import { AlsoPublishedOn } from './also-published-on'
import { RepublishPanel } from './republish-panel'

/** Below the publisher note: where copies live, and the kit for making another. */
export function ArticleSyndication({ article }: { article: Article }) {
  return (
    <>
      <AlsoPublishedOn urls={article.syndication} />
      <RepublishPanel article={article} />
    </>
  )
}
