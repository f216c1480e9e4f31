import { renderOgCard } from '@/components/seo/og-card'
import { OG_IMAGE_SIZE } from '@/lib/seo/og-image'
import { site } from '@/lib/site'

export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'
// Also the fallback card of pages that name no image of their own (contact, 404).
export const alt = `${site.publisher}: ${site.pitch}`

export default function Image() {
  return renderOgCard({ kicker: site.libraryName, title: site.pitch })
}
