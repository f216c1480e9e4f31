import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HomeListing } from '@/components/listing/home-listing'
import { getCategories, getPublishedArticles, getUpcomingArticles } from '@/lib/content'
import { laterPages, PAGE_SIZE, paginate, parseLaterPage } from '@/lib/content/paginate'
import { homeListingMetadata } from '@/lib/seo/listing-pages'

type Props = { params: Promise<{ page: string }> }

// Page 1 is `/` alone: `/page/1` is never generated, so it is a 404 like any page out of range.
export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams() {
  return laterPages(getUpcomingArticles().length, PAGE_SIZE).map((page) => ({
    page: String(page),
  }))
}

// Checked again here because Next serves every path of a route whose params list is empty
// (vercel/next.js#57996), as it is while the library fits on one page.
function listingAt(segment: string) {
  const page = parseLaterPage(segment)
  return page === undefined ? undefined : paginate(getPublishedArticles(), page, PAGE_SIZE)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = listingAt((await params).page)
  return listing ? homeListingMetadata(listing.page) : {}
}

export default async function HomeLaterPage({ params }: Props) {
  const listing = listingAt((await params).page)
  if (!listing) notFound()
  return <HomeListing categories={getCategories()} listing={listing} />
}
