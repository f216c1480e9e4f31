import { notFound } from 'next/navigation'

import { renderOgCard } from '@/components/seo/og-card'
import { getTag, getUpcomingTagSlugs } from '@/lib/content'
import { tagLabel } from '@/lib/seo/breadcrumbs'
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image'

export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'

// Prerendered at build, one PNG per tag (see app/articles/[slug]/opengraph-image.tsx).
export const dynamicParams = false
// A tag first carried by a scheduled article gets its card on that article's date.
export const revalidate = 60

export function generateStaticParams() {
  return getUpcomingTagSlugs().map((slug) => ({ slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const tag = getTag((await params).slug)
  if (!tag) notFound()
  return renderOgCard({ kicker: 'Tag', title: tagLabel(tag) })
}
