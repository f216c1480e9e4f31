import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CategoryListing } from '@/components/listing/category-listing'
import {
  getArticlesByCategory,
  getCategories,
  getCategory,
  getUpcomingArticles,
} from '@/lib/content'
import { laterPages, PAGE_SIZE, paginate, parseLaterPage } from '@/lib/content/paginate'
import { categoryMetadata } from '@/lib/seo/listing-pages'

type Params = { slug: string; page: string }
type Props = { params: Promise<Params> }

// Page 1 is the category's own URL alone: `…/page/1` is never generated, so it is a 404.
export const dynamicParams = false
// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams(): Params[] {
  return getCategories().flatMap(({ slug }) =>
    laterPages(getUpcomingArticles({ category: slug }).length, PAGE_SIZE).map((page) => ({
      slug,
      page: String(page),
    })),
  )
}

// Checked again here because Next serves every path of a route whose params list is empty
// (vercel/next.js#57996), as it is while every category fits on one page.
function listingAt({ slug, page }: Params) {
  const category = getCategory(slug)
  const number = parseLaterPage(page)
  if (!category || number === undefined) return undefined
  const listing = paginate(getArticlesByCategory(category.slug), number, PAGE_SIZE)
  return listing && { category, listing }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = listingAt(await params)
  return found ? categoryMetadata(found.category, found.listing.page) : {}
}

export default async function CategoryLaterPage({ params }: Props) {
  const found = listingAt(await params)
  if (!found) notFound()
  return <CategoryListing {...found} />
}
