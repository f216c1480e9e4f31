import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TagListing } from '@/components/listing/tag-listing'
import { getArticlesByTag, getTag, getUpcomingTagSlugs } from '@/lib/content'
import { PAGE_SIZE, paginate } from '@/lib/content/paginate'
import { tagMetadata } from '@/lib/seo/listing-pages'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams() {
  return getUpcomingTagSlugs().map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).slug)
  return tag ? tagMetadata(tag, 1) : {}
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).slug)
  if (!tag) notFound()
  const listing = paginate(getArticlesByTag(tag.slug), 1, PAGE_SIZE)
  if (!listing) notFound()
  return <TagListing tag={tag} listing={listing} />
}
