import { stringify } from 'yaml'

import type { Article, Tag } from '@/lib/content'
import { ogImageUrl } from '@/lib/seo/og-image'
import { site } from '@/lib/site'

import { portableBody } from './article-markdown'
import { attributionParagraph } from './attribution'
import { stringifyMarkdown } from './stringify-markdown'

const DEVTO_MAX_TAGS = 4

/**
 * Dev.to accepts at most four tags of lowercase letters and digits only: `data-modeling` becomes
 * `datamodeling`, accents are folded, and tags that end up empty or repeated are skipped.
 */
export function devtoTags(tags: Tag[]): string[] {
  const cleaned = tags.map((tag) =>
    tag.slug
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ''),
  )
  return [...new Set(cleaned.filter(Boolean))].slice(0, DEVTO_MAX_TAGS)
}

function frontMatter(article: Article): string {
  const tags = devtoTags(article.tags)
  const fields = {
    title: article.title,
    // A draft on Dev.to: whoever republishes reviews it before it goes out under their name.
    published: false,
    description: article.description,
    ...(tags.length > 0 ? { tags: tags.join(', ') } : {}),
    canonical_url: article.canonicalUrl,
    cover_image: ogImageUrl(article.url),
  }
  // lineWidth 0: no folded lines, so a long description stays one plain line.
  return stringify(fields, { lineWidth: 0 })
}

/** The Dev.to file: front matter, then the body as plain markdown, ending with the attribution. */
export function devtoMarkdown(article: Article): string {
  const body = portableBody(article)
  body.children.push(attributionParagraph(article.canonicalUrl, site.publisher))
  return `---\n${frontMatter(article)}---\n\n${stringifyMarkdown(body)}`
}
