import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TagListing } from '@/components/listing/tag-listing'
import { getArticlesByTag, getTag, getUpcomingArticles, getUpcomingTagSlugs } from '@/lib/content'
import { laterPages, PAGE_SIZE, paginate, parseLaterPage } from '@/lib/content/paginate'
import { tagMetadata } from '@/lib/seo/listing-pages'

type Params = { slug: string; page: string }
type Props = { params: Promise<Params> }

// Page 1 is the tag's own URL alone: `…/page/1` is never generated, so it is a 404.
export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams(): Params[] {
  return getUpcomingTagSlugs().flatMap((slug) =>
    laterPages(getUpcomingArticles({ tag: slug }).length, PAGE_SIZE).map((page) => ({
      slug,
      page: String(page),
    })),
  )
}

// Checked again here because Next serves every path of a route whose params list is empty
// (vercel/next.js#57996), as it is while every tag fits on one page.
function listingAt({ slug, page }: Params) {
  const tag = getTag(slug)
  const number = parseLaterPage(page)
  if (!tag || number === undefined) return undefined
  const listing = paginate(getArticlesByTag(tag.slug), number, PAGE_SIZE)
  return listing && { tag, listing }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = listingAt(await params)
  return found ? tagMetadata(found.tag, found.listing.page) : {}
}

export default async function TagLaterPage({ params }: Props) {
  const found = listingAt(await params)
  if (!found) notFound()
  return <TagListing {...found} />
}
