import { observatoryModifier, type ObservatoryResult } from './observatory-modifiers'

/** The Observatory's header tests other than CSP, each from the headers it reads. */

export type Headers = Record<string, string | string[] | undefined>

export function hstsResult(header: string | undefined, https: boolean): ObservatoryResult {
  if (!https) return 'hsts-not-implemented-no-https'
  if (!header) return 'hsts-not-implemented'
  if (header.includes(',')) return 'hsts-header-invalid'
  const maxAge = header
    .split(';')
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('max-age='))
  const seconds = maxAge ? Number.parseInt(maxAge.slice('max-age='.length), 10) : NaN
  if (Number.isNaN(seconds)) return 'hsts-header-invalid'
  // Six months is 15768000 s; the Observatory accepts 15552000 (180 days) as many sites use it.
  return seconds >= 15_552_000
    ? 'hsts-implemented-max-age-at-least-six-months'
    : 'hsts-implemented-max-age-less-than-six-months'
}

export function cookiesResult(setCookies: string[], hsts: boolean): ObservatoryResult {
  if (setCookies.length === 0) return 'cookies-not-found'
  const found = new Set<ObservatoryResult>()
  let allSameSite = true
  for (const line of setCookies) {
    const [pair = '', ...attributes] = line.split(';').map((p) => p.trim())
    const name = pair.split('=')[0]?.toLowerCase() ?? ''
    const attr = new Map(
      attributes.map((a) => {
        const [key = '', value = ''] = a.split('=')
        return [key.trim().toLowerCase(), value.trim().toLowerCase()] as const
      }),
    )
    const secure = attr.has('secure')
    const sameSite = attr.get('samesite')
    const session = name.includes('login') || name.includes('sess')
    if (attr.has('samesite') && !['lax', 'strict', 'none'].includes(sameSite ?? '')) {
      found.add('cookies-samesite-flag-invalid')
    }
    if (sameSite === 'none' && !secure) found.add('cookies-samesite-flag-invalid')
    if (!secure)
      found.add(
        hsts ? 'cookies-without-secure-flag-but-protected-by-hsts' : 'cookies-without-secure-flag',
      )
    if (name.includes('csrf') && !sameSite) found.add('cookies-anticsrf-without-samesite-flag')
    if (session && !secure) {
      found.add(
        hsts
          ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
          : 'cookies-session-without-secure-flag',
      )
    }
    if (session && !attr.has('httponly')) found.add('cookies-session-without-httponly-flag')
    if (!sameSite) allSameSite = false
  }
  const worst = [...found].sort((a, b) => observatoryModifier(a) - observatoryModifier(b))[0]
  if (worst) return worst
  return allSameSite
    ? 'cookies-secure-with-httponly-sessions-and-samesite'
    : 'cookies-secure-with-httponly-sessions'
}

export function corsResult(headers: Headers, origin: string | undefined): ObservatoryResult {
  const allowOrigin = [headers['access-control-allow-origin'] ?? []].flat()[0]?.trim().toLowerCase()
  if (!allowOrigin) return 'cross-origin-resource-sharing-not-implemented'
  if (allowOrigin === '*') return 'cross-origin-resource-sharing-implemented-with-public-access'
  const credentials = [headers['access-control-allow-credentials'] ?? []].flat()[0]
  if (
    origin &&
    allowOrigin === origin.toLowerCase() &&
    credentials?.trim().toLowerCase() === 'true'
  )
    return 'cross-origin-resource-sharing-implemented-with-universal-access'
  return 'cross-origin-resource-sharing-implemented-with-restricted-access'
}

const PRIVATE_REFERRERS = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
]
const UNSAFE_REFERRERS = [
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
  'no-referrer-when-downgrade',
]

export function referrerResult(values: string[]): ObservatoryResult {
  if (values.length === 0) return 'referrer-policy-not-implemented'
  // Browsers use the last policy they recognise in the list.
  const known = values
    .join(',')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => PRIVATE_REFERRERS.includes(v) || UNSAFE_REFERRERS.includes(v))
  const policy = known[known.length - 1]
  if (!policy) return 'referrer-policy-header-invalid'
  return PRIVATE_REFERRERS.includes(policy) ? 'referrer-policy-private' : 'referrer-policy-unsafe'
}

export function sriResult(
  contentType: string | undefined,
  html: string | undefined,
): ObservatoryResult {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase()
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml')
    return 'sri-not-implemented-response-not-html'
  const scripts = [...(html ?? '').matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '')
  if (scripts.length === 0) return 'sri-not-implemented-but-no-scripts-loaded'
  const external = scripts
    .map((attributes) => /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1])
    .filter((src): src is string => src !== undefined && /^(?:[a-z]+:)?\/\//i.test(src))
  // Every script here is same-origin (relative src); a third-party script would need SRI.
  if (external.length === 0) return 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin'
  return 'sri-not-implemented-but-external-scripts-loaded-securely'
}

export function xctoResult(header: string | undefined): ObservatoryResult {
  if (!header) return 'x-content-type-options-not-implemented'
  return header.trim().toLowerCase() === 'nosniff'
    ? 'x-content-type-options-nosniff'
    : 'x-content-type-options-header-invalid'
}

export function xfoResult(header: string | undefined, frameAncestors: boolean): ObservatoryResult {
  if (frameAncestors) return 'x-frame-options-implemented-via-csp'
  const value = header?.trim().toLowerCase()
  if (!value) return 'x-frame-options-not-implemented'
  if (value === 'deny' || value === 'sameorigin') return 'x-frame-options-sameorigin-or-deny'
  return value.startsWith('allow-from')
    ? 'x-frame-options-allow-from-origin'
    : 'x-frame-options-header-invalid'
}

export function corpResult(header: string | undefined): ObservatoryResult {
  const value = header?.trim().toLowerCase()
  if (!value) return 'cross-origin-resource-policy-not-implemented'
  if (value === 'same-origin') return 'cross-origin-resource-policy-implemented-with-same-origin'
  if (value === 'same-site') return 'cross-origin-resource-policy-implemented-with-same-site'
  if (value === 'cross-origin') return 'cross-origin-resource-policy-implemented-with-cross-origin'
  return 'cross-origin-resource-policy-header-invalid'
}
