import { Container } from '@/components/layout/container'
import { MdxContent } from '@/components/mdx/mdx-content'
import { ArticleSyndication } from '@/components/syndication/article-syndication'
import type { Article, Series } from '@/lib/content'

import { ArticleMeta } from './article-meta'
import { ArticlePager } from './article-pager'
import { ArticleTags } from './article-tags'
import { Breadcrumb } from './breadcrumb'
import { CallToAction } from './call-to-action'
import { DraftBanner } from './draft-banner'
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
}

/** The article template, in the seed article's order. */
export function ArticleView({ article, previous, next, related, series }: Props) {
  return (
    <Container className="py-10 sm:py-12">
      <article>
        {article.draft ? <DraftBanner /> : null}
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
        <TableOfContents headings={article.headings} />
        {series ? <SeriesParts series={series} current={article.slug} /> : null}
        <div className="prose prose-zinc prose-a:text-accent prose-headings:scroll-mt-6 mt-8 max-w-none">
          <MdxContent code={article.body} />
        </div>
        <ArticleTags tags={article.tags} />
        <PublisherNote article={article} />
        <ArticleSyndication article={article} />
        <CallToAction article={article} />
      </article>
      <RelatedArticles articles={related} />
      <ArticlePager previous={previous} next={next} />
    </Container>
  )
}
