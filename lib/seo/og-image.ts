import { absoluteUrl } from '@/lib/site'

/** The size every social network crops to without losing the title. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

/**
 * The generated card of a page. Each route segment has an `opengraph-image` route beside its page,
 * so the URL follows from the page's own path; metadata and JSON-LD both name it from here.
 */
export function ogImageUrl(pagePath: string): string {
  return absoluteUrl(pagePath === '/' ? '/opengraph-image' : `${pagePath}/opengraph-image`)
}
