import type { Metadata } from 'next'

import type { Category, Tag } from '@/lib/content'
import { pagePath } from '@/lib/content/paginate'
import { site } from '@/lib/site'

import type { Crumb } from './breadcrumbs'
import { homeMetadata, pageMetadata, siteTitle } from './metadata'

// Home, category and tag listings run over several pages. Each later page lists different
// articles, so it is its own canonical and names its number in the title and the breadcrumb,
// rather than pretending to be page 1; every page shares page 1's share card.

export function pagedTitle(title: string, page: number): string {
  return page === 1 ? title : `${title} · Page ${page}`
}

/** A listing's trail, with "Page N" as the last step past page 1. */
export function pagedTrail(trail: Crumb[], page: number): Crumb[] {
  const listing = trail.at(-1)
  if (page === 1 || !listing) return trail
  return [...trail, { name: `Page ${page}`, path: pagePath(listing.path, page) }]
}

type Listing = { title: string; description: string; path: string }

function listingMetadata({ title, description, path }: Listing, page: number): Metadata {
  return pageMetadata({
    title: pagedTitle(title, page),
    description,
    path: pagePath(path, page),
    cardOf: path,
  })
}

export function homeListingMetadata(page: number): Metadata {
  if (page === 1) return homeMetadata()
  const listing = { title: siteTitle, description: site.description, path: '/' }
  return { ...listingMetadata(listing, page), title: { absolute: pagedTitle(siteTitle, page) } }
}

export function categoryMetadata(category: Category, page: number): Metadata {
  const { title, description, url: path } = category
  return listingMetadata({ title, description, path }, page)
}

/** A tag page's heading copy, shared by its metadata and its header. */
export function describeTag(tag: Tag & { count: number }) {
  const articles = tag.count === 1 ? 'One article' : `${tag.count} articles`
  return {
    title: `Articles tagged ${tag.name}`,
    description: `${articles} from ${site.publisher}'s ${site.libraryName} tagged ${tag.name}.`,
  }
}

export function tagMetadata(tag: Tag & { count: number }, page: number): Metadata {
  return listingMetadata({ ...describeTag(tag), path: tag.url }, page)
}
