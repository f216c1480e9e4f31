import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and server-only packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer', 'pino'],
  images: {
    // Sample diagrams are SVGs we author; they are served as-is, never rasterised by the optimiser.
    dangerouslyAllowSVG: false,
  },
}

export default nextConfig
