import { z } from 'zod'

const siteSchema = z.object({
  publisher: z.string().min(1),
  libraryName: z.string().min(1),
  pitch: z.string().min(1),
  description: z.string().min(1),
  url: z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL' })
    .transform((url) => url.replace(/\/+$/, '')),
  locale: z.string().min(2),
  nav: z.array(z.object({ label: z.string().min(1), href: z.string().startsWith('/') })).min(1),
  license: z.object({ name: z.string().min(1), url: z.url() }),
  republishingTerms: z.string().min(1),
  logo: z.string().startsWith('/'),
})

export type SiteConfig = z.infer<typeof siteSchema>

/** Site identity in one place; a bad SITE_URL fails the build instead of shipping broken links. */
export const site: SiteConfig = siteSchema.parse({
  publisher: 'Modder Coder',
  libraryName: 'product engineering library',
  pitch:
    'Field notes on building software well: architecture, delivery and the product decisions behind them.',
  description:
    "Modder Coder's product engineering library: practical articles on product architecture, delivery and scaling software without shortcuts that come back to bite.",
  url: process.env.SITE_URL || 'http://localhost:3000',
  locale: 'en-US',
  nav: [
    { label: 'Articles', href: '/' },
    { label: 'Contact', href: '/contact' },
  ],
  // Republishing is welcome with attribution: the machine-readable form of the publisher note.
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  republishingTerms:
    'Articles may be republished on LinkedIn, Medium, Dev.to or elsewhere, in full or in part, as long as the copy credits Modder Coder and links back to the original article as its source.',
  logo: '/logo.png',
})

/** An absolute URL on this site, for canonicals, feeds and anything that leaves the page. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`
}
