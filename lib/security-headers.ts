export type Header = { key: string; value: string }

/**
 * Headers every response carries. The Content-Security-Policy still allows inline scripts,
 * which Next's prerendered pages need for their payload; replacing that with per-page hashes,
 * so pages stay static, is the next step (see the issue on hardening).
 */
export function securityHeaders({ production }: { production: boolean }): Header[] {
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    // shiki colours code with style attributes; Tailwind ships one stylesheet.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
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
