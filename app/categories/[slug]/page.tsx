import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CategoryListing } from '@/components/listing/category-listing'
import { getArticlesByCategory, getCategories, getCategory } from '@/lib/content'
import { PAGE_SIZE, paginate } from '@/lib/content/paginate'
import { categoryMetadata } from '@/lib/seo/listing-pages'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getCategory((await params).slug)
  return category ? categoryMetadata(category, 1) : {}
}

export default async function CategoryPage({ params }: Props) {
  const category = getCategory((await params).slug)
  if (!category) notFound()
  const listing = paginate(getArticlesByCategory(category.slug), 1, PAGE_SIZE)
  if (!listing) notFound()
  return <CategoryListing category={category} listing={listing} />
}
