import type { MetadataRoute } from 'next'

import { getCategories, getPublishedArticles, getTags } from '@/lib/content'
import { buildSitemap } from '@/lib/seo/sitemap'

// Scheduled articles appear on their date without a rebuild: regenerated at most every 60 s.
export const revalidate = 60

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap({
    articles: getPublishedArticles(),
    categories: getCategories(),
    tags: getTags(),
  })
}
