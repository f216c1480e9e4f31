/**
 * The slice of schema.org this site emits, typed closed so a misspelt property fails the build
 * rather than silently dropping out of search results.
 */
type Context = { '@context': 'https://schema.org' }

export type ImageObject = { '@type': 'ImageObject'; url: string; width: number; height: number }

export type Organization = {
  '@type': 'Organization'
  '@id': string
  name: string
  url: string
  logo: ImageObject
}

export type WebSiteRef = { '@type': 'WebSite'; '@id': string; name: string; url: string }

export type WebSite = Context &
  WebSiteRef & { description: string; inLanguage: string; publisher: Organization }

export type OrganizationDocument = Context & Organization & { description: string }

export type BreadcrumbList = Context & {
  '@type': 'BreadcrumbList'
  itemListElement: { '@type': 'ListItem'; position: number; name: string; item: string }[]
}

export type BlogPosting = Context & {
  '@type': 'BlogPosting'
  '@id': string
  headline: string
  description: string
  url: string
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string }
  datePublished: string
  dateModified: string
  author: Organization
  publisher: Organization
  image: ImageObject
  wordCount: number
  keywords: string[]
  articleSection: string
  inLanguage: string
  license: string
  copyrightHolder: Organization
  copyrightYear: number
  /** The original, when this copy was first published elsewhere. */
  isBasedOn?: string
}

export type CollectionPage = Context & {
  '@type': 'CollectionPage'
  name: string
  description: string
  url: string
  inLanguage: string
  isPartOf: WebSiteRef
  mainEntity: {
    '@type': 'ItemList'
    itemListElement: { '@type': 'ListItem'; position: number; name: string; url: string }[]
  }
}

export type StructuredData =
  BlogPosting | BreadcrumbList | CollectionPage | OrganizationDocument | WebSite
