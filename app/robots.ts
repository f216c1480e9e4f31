import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/site'

export default function robots(): MetadataRoute.Robots {
  return {
    // The team inbox is behind a sign-in and marked noindex; crawlers need not knock.
    rules: { userAgent: '*', allow: '/', disallow: '/admin' },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
