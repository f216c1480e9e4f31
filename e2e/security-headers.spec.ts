import { expect, test } from '@playwright/test'

// A static page, a dynamic page, a feed, a share card and a 404 all carry the same protections.
for (const path of [
  '/',
  '/contact',
  '/feed.xml',
  '/opengraph-image',
  '/articles/no-such-article',
]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('camera=()')
    expect(headers['permissions-policy']).toContain('browsing-topics=()')
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(headers['strict-transport-security']).toContain('max-age=')
    const csp = headers['content-security-policy'] ?? ''
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(headers['x-powered-by']).toBeUndefined()
  })
}
