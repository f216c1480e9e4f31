import { notFound } from 'next/navigation'

import { HomeListing } from '@/components/listing/home-listing'
import { getCategories, getPublishedArticles } from '@/lib/content'
import { PAGE_SIZE, paginate } from '@/lib/content/paginate'
import { homeListingMetadata } from '@/lib/seo/listing-pages'

// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export const metadata = homeListingMetadata(1)

export default function HomePage() {
  const listing = paginate(getPublishedArticles(), 1, PAGE_SIZE)
  if (!listing) notFound()
  return <HomeListing categories={getCategories()} listing={listing} />
}
