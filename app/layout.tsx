import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'

import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { SkipLink } from '@/components/layout/skip-link'
import { ThemeScript } from '@/components/layout/theme-script'
import { SyndicationHeadLinks } from '@/components/syndication/head-links'
import { ogLocale, siteTitle } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

import './globals.css'

const inter = localFont({
  src: './fonts/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
})

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: {
    default: siteTitle,
    template: `%s · ${site.publisher}`,
  },
  description: site.description,
  applicationName: site.publisher,
  // Defaults for pages that set no Open Graph of their own (contact, 404): og:title and
  // og:description then come from the page's own title and description.
  openGraph: { type: 'website', siteName: site.publisher, locale: ogLocale },
  twitter: { card: 'summary_large_image' },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The head script sets `data-theme` before React hydrates: that attribute is expected to differ.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <SyndicationHeadLinks />
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
