import type { NextConfig } from 'next'

import { securityHeaders } from './lib/security-headers'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Tests only: a second server on the same build gets a copy of it, so pages it regenerates
  // (with its own clock) never land in the main server's ISR cache on disk.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The production server's wrapper (lib/server/script-hash-csp.mjs) hashes each page's inline
  // scripts from the bytes Next writes, so it compresses responses itself, after hashing.
  compress: false,
  // Native and server-only packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer', 'pino'],
  experimental: {
    // The contact form is the only action: 5,000 characters of message fit many times over.
    serverActions: { bodySizeLimit: '64kb' },
  },
  images: {
    // Sample diagrams are SVGs we author; they are served as-is, never rasterised by the optimiser.
    dangerouslyAllowSVG: false,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }),
      },
    ]
  },
  async redirects() {
    // Readers shorten /articles/<slug> to /articles to find the rest: the home page is that list.
    return [{ source: '/articles', destination: '/', permanent: true }]
  },
  async rewrites() {
    return [
      // The markdown copy of an article sits beside its page; a `[slug]` segment cannot also match
      // `<slug>.md`, so the route lives at /articles/<slug>/markdown. Returned as an array, this
      // runs before dynamic routes, and an unknown slug still ends in that route's 404.
      { source: '/articles/:slug([a-z0-9-]+)\\.md', destination: '/articles/:slug/markdown' },
    ]
  },
}

export default nextConfig
