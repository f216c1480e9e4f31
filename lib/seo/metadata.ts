import type { Metadata } from 'next'

import type { Article } from '@/lib/content'
import { statusOf } from '@/lib/content/visibility'
import { absoluteUrl, site } from '@/lib/site'

import { OG_IMAGE_SIZE, ogImageUrl } from './og-image'

/** The home page's title, and every page's when it names none. */
export const siteTitle = `${site.publisher} · ${capitalize(site.libraryName)}`

/** Open Graph wants `en_US` where HTML and JSON-LD want `en-US`. */
export const ogLocale = site.locale.replace('-', '_')

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

type Page = {
  title: string
  description: string
  path: string
  /** The page whose generated card to share, when this page has none of its own (default: itself). */
  cardOf?: string
}

// A page's `openGraph` replaces its layout's whole object rather than merging into it, so every
// page states site name, locale and image again; naming the image here (rather than leaving it to
// the file convention) gives it alt text and the same URL the JSON-LD uses.
function openGraphBase({ title, description, path, cardOf = path }: Page, url: string) {
  return {
    title,
    description,
    url,
    siteName: site.publisher,
    locale: ogLocale,
    images: [{ url: ogImageUrl(cardOf), ...OG_IMAGE_SIZE, alt: title, type: 'image/png' }],
  }
}

const twitter = { card: 'summary_large_image' } as const

/** Home, category and tag pages: a `website` in Open Graph terms. */
export function pageMetadata(page: Page): Metadata {
  const url = absoluteUrl(page.path)
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url },
    openGraph: { type: 'website', ...openGraphBase(page, url) },
    twitter,
  }
}

/**
 * An article: canonical (and og:url) point to where it was first published, which is here
 * unless its front matter says elsewhere.
 */
export function articleMetadata(article: Article): Metadata {
  const page = { title: article.title, description: article.description, path: article.url }
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: article.canonicalUrl },
    openGraph: {
      type: 'article',
      ...openGraphBase(page, article.canonicalUrl),
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      section: article.category.title,
      tags: article.tags.map((tag) => tag.name),
    },
    twitter,
    // Drafts and scheduled articles are seen only in previews: never for a search index.
    robots: statusOf(article) === 'published' ? undefined : { index: false },
  }
}

/** The home page names itself in full: the layout's `%s · Modder Coder` template would repeat it. */
export function homeMetadata(): Metadata {
  const metadata = pageMetadata({ title: siteTitle, description: site.description, path: '/' })
  return { ...metadata, title: { absolute: siteTitle } }
}
