import { describe, expect, it } from 'vitest'

import { getArticle, getPublishedArticles } from '@/lib/content'

import { articleHtml } from './article-html'

const SEED = 'mvp-vs-scalable-product-architecture'

function seed() {
  const article = getArticle(SEED)
  if (!article) throw new Error(`sample article ${SEED} is missing`)
  return article
}

describe('articleHtml', () => {
  it('renders the whole article: every heading with its id, prose, table, image and code', () => {
    const article = seed()
    const html = articleHtml(article)
    for (const heading of article.headings) {
      expect(html).toContain(`<h${heading.depth} id="${heading.id}">`)
    }
    expect(html).toContain(
      '<p>An MVP and a scalable product are built to answer different questions.',
    )
    expect(html).toMatch(/<table>[\s\S]*<th>Concern<\/th>/)
    expect(html).toMatch(/<pre><code class="language-ts">/)
    expect(html).toMatch(/<img src="http[^"]+\.svg" alt="Side-by-side diagram\./)
  })

  it('turns a Callout into an aside with its label and keeps no JSX', () => {
    const html = articleHtml(seed())
    expect(html).toContain(
      '<aside>\n<p><strong>Warning: Two shortcuts that are never cheap</strong></p>\n<p>Do not skip',
    )
    expect(html).not.toContain('Callout')
  })

  it('leaves no relative link or image source in any article', () => {
    for (const article of getPublishedArticles()) {
      const html = articleHtml(article)
      expect(html, article.slug).not.toMatch(/(?:href|src)="(?!https?:)/)
    }
  })

  it('ends every article with the line naming its canonical URL', () => {
    for (const article of getPublishedArticles()) {
      const url = article.canonicalUrl
      expect(articleHtml(article).trimEnd()).toMatch(
        new RegExp(
          `<p>This article was originally published at <a href="${escape(url)}">${escape(url)}</a>\\.</p>$`,
        ),
      )
    }
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
