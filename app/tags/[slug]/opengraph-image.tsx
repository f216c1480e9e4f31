import { notFound } from 'next/navigation'

import { renderOgCard } from '@/components/seo/og-card'
import { getTag, getTags } from '@/lib/content'
import { tagLabel } from '@/lib/seo/breadcrumbs'
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image'

export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'

// Prerendered at build, one PNG per tag (see app/articles/[slug]/opengraph-image.tsx).
export const dynamicParams = false

export function generateStaticParams() {
  return getTags().map((tag) => ({ slug: tag.slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const tag = getTag((await params).slug)
  if (!tag) notFound()
  return renderOgCard({ kicker: 'Tag', title: tagLabel(tag) })
}
