// @ts-check

/**
 * The site's Content-Security-Policy. Scripts come from our origin, plus the inline scripts named
 * by `scriptHashes` (computed from the page actually sent); `allowInlineScripts` is only for
 * `next dev` and plain `next start`, which have no wrapper to hash their pages.
 * `style-src` keeps 'unsafe-inline': shiki colours highlighted code with style attributes, which
 * hashes cannot allow without 'unsafe-hashes', and styles cannot run code.
 * @param {{ scriptHashes?: readonly string[], allowInlineScripts?: boolean, production: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({
  scriptHashes = [],
  allowInlineScripts = false,
  production,
}) {
  const scriptSources = ["'self'", ...(allowInlineScripts ? ["'unsafe-inline'"] : scriptHashes)]
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
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
}
