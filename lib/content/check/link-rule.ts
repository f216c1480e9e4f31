import { slugify } from '@/lib/content/slug'

import type { OutlineLink } from './body'
import { readArticleFacts } from './article-facts'
import { didYouMean } from './did-you-mean'
import { parseInternalUrl, type InternalUrl } from './internal-url'
import type { ContentDocument } from './load-document'
import { error, warning, type Problem } from './problem'
import type { SiteIndex } from './site-index'

type Finding = { severity: 'error' | 'warning'; message: string }

const suggest = (slug: string, known: Iterable<string>) => {
  const match = didYouMean(slug, [...known])
  return match ? `; did you mean "${match}"?` : ''
}

function findArticle(slug: string, index: SiteIndex, fromDraft: boolean): Finding | undefined {
  const article = index.articles.get(slug)
  if (article === undefined) {
    return {
      severity: 'error',
      message: `there is no article "${slug}"${suggest(slug, index.articles.keys())}`,
    }
  }
  if (!article.draft) return undefined
  // A draft may link ahead to another draft; a published page must not link to a 404.
  return {
    severity: fromDraft ? 'warning' : 'error',
    message: `"${slug}" is a draft, so the link 404s until it is published`,
  }
}

function findTarget(url: InternalUrl, index: SiteIndex, fromDraft: boolean): Finding | undefined {
  if (url.kind === 'index') return undefined
  if (url.kind === 'nested') return { severity: 'error', message: 'there is no such page' }
  if (url.section === 'articles') return findArticle(url.slug, index, fromDraft)
  if (url.section === 'categories') {
    const slugs = index.categories.map((category) => category.slug)
    if (slugs.includes(url.slug)) return undefined
    return {
      severity: 'error',
      message: `there is no category "${url.slug}" (link by file name)${suggest(url.slug, slugs)}`,
    }
  }
  if (index.publishedTagSlugs.has(url.slug)) return undefined
  const slug = slugify(url.slug)
  const hint =
    slug !== url.slug && index.publishedTagSlugs.has(slug) ? `; the tag page is /tags/${slug}` : ''
  return { severity: 'error', message: `no published article has the tag "${url.slug}"${hint}` }
}

/** `/articles/…`, `/categories/…` and `/tags/…` links, markdown or JSX `href`, must reach a page. */
export function checkLinks(
  document: ContentDocument,
  links: readonly OutlineLink[],
  index: SiteIndex,
): Problem[] {
  const fromDraft = document.collection === 'articles' && readArticleFacts(document).draft
  return links.flatMap((link) => {
    const url = parseInternalUrl(link.url)
    const finding = url && findTarget(url, index, fromDraft)
    if (!finding) return []
    const report = finding.severity === 'error' ? error : warning
    return [
      report({
        file: document.file,
        line: link.line,
        field: 'body',
        message: `broken link ${link.url}: ${finding.message}`,
      }),
    ]
  })
}
