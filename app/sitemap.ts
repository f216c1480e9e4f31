import type { MetadataRoute } from 'next'

import { getCategories, getPublishedArticles, getTags } from '@/lib/content'
import { buildSitemap } from '@/lib/seo/sitemap'

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap({
    articles: getPublishedArticles(),
    categories: getCategories(),
    tags: getTags(),
  })
}
