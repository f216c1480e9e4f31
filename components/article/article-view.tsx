import { Container } from '@/components/layout/container'
import { MdxContent } from '@/components/mdx/mdx-content'
import { ArticleSyndication } from '@/components/syndication/article-syndication'
import type { Article, Series, Status } from '@/lib/content'

import { ArticleMeta } from './article-meta'
import { ArticlePager } from './article-pager'
import { ArticleTags } from './article-tags'
import { Breadcrumb } from './breadcrumb'
import { CallToAction } from './call-to-action'
import { PreviewBanner } from './preview-banner'
import { PublisherNote } from './publisher-note'
import { RelatedArticles } from './related-articles'
import { SeriesParts } from './series-parts'
import { TableOfContents } from './table-of-contents'

type Props = {
  article: Article
  previous?: Article
  next?: Article
  related: Article[]
  series?: Series
  status: Status
}

/** The article template, in the seed article's order. */
export function ArticleView({ article, previous, next, related, series, status }: Props) {
  return (
    <Container className="py-10 sm:py-12">
      <article>
        {status === 'published' ? null : <PreviewBanner article={article} status={status} />}
        <Breadcrumb
          trail={[
            { label: 'Home', href: '/' },
            { label: article.category.title, href: article.category.url },
          ]}
          current={article.title}
        />
        <header className="mt-6">
          <ArticleMeta article={article} part={series} />
          <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
            {article.title}
          </h1>
          <p className="text-muted mt-4 text-lg leading-relaxed">{article.description}</p>
        </header>
        <div className="relative">
          <TableOfContents headings={article.headings} />
          {series ? <SeriesParts series={series} current={article.slug} /> : null}
          <div className="prose prose-zinc dark:prose-invert prose-a:text-accent prose-headings:scroll-mt-6 mt-8 max-w-none">
            <MdxContent code={article.body} />
          </div>
        </div>
        <ArticleTags tags={article.tags} />
        <PublisherNote article={article} />
        {status === 'published' ? <ArticleSyndication article={article} /> : null}
        <CallToAction article={article} />
      </article>
      <p className="mt-8 text-sm">
        {/* `#top` is the top of the document in every browser: no script, no target element. */}
        <a href="#top" className="text-accent inline-block py-1 font-medium hover:underline">
          Back to top ↑
        </a>
      </p>
      <RelatedArticles articles={related} />
      <ArticlePager previous={previous} next={next} />
    </Container>
  )
}
