import type { Article } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'

import type { Crumb } from './breadcrumbs'
import { OG_IMAGE_SIZE, ogImageUrl } from './og-image'
import type {
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  Organization,
  OrganizationDocument,
  WebSite,
  WebSiteRef,
} from './schema-org'

const context = 'https://schema.org' as const

/** public/logo.png is rasterised at this size from app/icon.svg (a unit test checks the file). */
export const LOGO_SIZE = 512

function organization(): Organization {
  return {
    '@type': 'Organization',
    '@id': absoluteUrl('/#organization'),
    name: site.publisher,
    url: absoluteUrl('/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.logo),
      width: LOGO_SIZE,
      height: LOGO_SIZE,
    },
  }
}

function webSiteRef(): WebSiteRef {
  return {
    '@type': 'WebSite',
    '@id': absoluteUrl('/#website'),
    name: site.publisher,
    url: absoluteUrl('/'),
  }
}

export function organizationJsonLd(): OrganizationDocument {
  return { '@context': context, ...organization(), description: site.description }
}

export function webSiteJsonLd(): WebSite {
  return {
    '@context': context,
    ...webSiteRef(),
    description: site.description,
    inLanguage: site.locale,
    publisher: organization(),
  }
}

export function breadcrumbJsonLd(trail: Crumb[]): BreadcrumbList {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

/**
 * The article itself. There is no per-article author: the consultancy writes as one voice, so
 * the publisher is also the author. `isBasedOn` names the original only when the canonical is
 * elsewhere; otherwise this page is the original.
 */
export function blogPostingJsonLd(article: Article): BlogPosting {
  const url = absoluteUrl(article.url)
  return {
    '@context': context,
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    author: organization(),
    publisher: organization(),
    image: { '@type': 'ImageObject', url: ogImageUrl(article.url), ...OG_IMAGE_SIZE },
    wordCount: article.wordCount,
    keywords: article.tags.map((tag) => tag.name),
    articleSection: article.category.title,
    inLanguage: site.locale,
    license: site.license.url,
    copyrightHolder: organization(),
    copyrightYear: Number(article.date.slice(0, 4)),
    ...(article.publishedElsewhere ? { isBasedOn: article.canonicalUrl } : {}),
  }
}

/** A listing page (category, tag): what it is and which articles it lists, in order. */
export function collectionPageJsonLd(page: {
  name: string
  description: string
  path: string
  articles: Article[]
}): CollectionPage {
  return {
    '@context': context,
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path),
    inLanguage: site.locale,
    isPartOf: webSiteRef(),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: page.articles.map((article, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: article.title,
        url: absoluteUrl(article.url),
      })),
    },
  }
}
