import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
}

export default nextConfig
