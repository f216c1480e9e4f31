import { contentSecurityPolicy } from './server/content-security-policy.mjs'

export type Header = { key: string; value: string }

/**
 * Headers every response carries, applied by next.config.ts. Their Content-Security-Policy allows
 * inline scripts: it is what `next dev` and a bare `next start` send. The production server's
 * wrapper (lib/server/script-hash-csp.mjs) replaces it with one that allows only the hashes of the
 * inline scripts in the page it sends, so static pages stay static without 'unsafe-inline'.
 */
export function securityHeaders({ production }: { production: boolean }): Header[] {
  const csp = contentSecurityPolicy({ allowInlineScripts: true, production })
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(production
      ? [
          {
            key: 'Strict-Transport-Security',
            value: 'max-age=63072000; includeSubDomains; preload',
          },
        ]
      : []),
  ]
}
