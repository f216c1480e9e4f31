import { notFound } from 'next/navigation'

import { renderOgCard } from '@/components/seo/og-card'
import { getCategories, getCategory } from '@/lib/content'
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image'

export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'

// Prerendered at build, one PNG per category (see app/articles/[slug]/opengraph-image.tsx).
export const dynamicParams = false

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const category = getCategory((await params).slug)
  if (!category) notFound()
  return renderOgCard({ kicker: 'Category', title: category.title })
}
