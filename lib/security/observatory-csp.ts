/**
 * The Content Security Policy test of Mozilla's HTTP Observatory, as its scoring documentation
 * (developer.mozilla.org/en-US/observatory/docs/tests_and_scoring) and its analyzer describe it.
 * Only the HTTP header is read: we never send a policy in a <meta> tag.
 */

export type CspResult =
  | 'csp-implemented-with-no-unsafe-default-src-none'
  | 'csp-implemented-with-no-unsafe'
  | 'csp-implemented-with-unsafe-inline-in-style-src-only'
  | 'csp-implemented-with-insecure-scheme-in-passive-content-only'
  | 'csp-implemented-with-unsafe-eval'
  | 'csp-implemented-with-unsafe-inline'
  | 'csp-implemented-with-insecure-scheme'
  | 'csp-header-invalid'
  | 'csp-not-implemented'

export type Policy = Map<string, Set<string>>

const BROAD = new Set([
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*',
])
const INLINE = new Set(["'unsafe-inline'", 'data:'])
const BROAD_OR_INLINE = new Set([...BROAD, ...INLINE])
const PASSIVE = ['img-src', 'media-src']
const HASH_OR_NONCE = /^'(?:sha256-|sha384-|sha512-|nonce-)/

/**
 * Parses one or more policies (several headers, or one joined with commas). A directive named in
 * several policies must satisfy all of them, so its sources are intersected; within one policy the
 * first occurrence wins, as in browsers. Returns undefined when nothing parses.
 */
export function parsePolicies(values: readonly string[]): Policy | undefined {
  const merged: Policy = new Map()
  for (const policy of values.flatMap((v) => v.split(','))) {
    const seen = new Set<string>()
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().toLowerCase().split(/\s+/)
      if (!name || seen.has(name)) continue
      if (!/^[a-z-]+$/.test(name)) return undefined
      seen.add(name)
      const current = merged.get(name)
      const next = new Set(sources)
      merged.set(name, current ? new Set([...current].filter((s) => next.has(s))) : next)
    }
  }
  return merged.size > 0 ? merged : undefined
}

export function cspResult(values: readonly string[], https: boolean): CspResult {
  if (values.length === 0) return 'csp-not-implemented'
  const csp = parsePolicies(values)
  if (!csp) return 'csp-header-invalid'
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get('default-src') ?? ['*'])
  const scriptSrc = fallback('script-src')
  const styleSrc = fallback('style-src')
  const objectSrc = fallback('object-src')

  // CSP2 browsers ignore 'unsafe-inline' next to a hash or nonce, and so does the Observatory.
  for (const sources of [scriptSrc, styleSrc]) {
    if ([...sources].some((s) => HASH_OR_NONCE.test(s))) sources.delete("'unsafe-inline'")
  }
  if (scriptSrc.has("'strict-dynamic'")) {
    if (![...scriptSrc].some((s) => HASH_OR_NONCE.test(s))) return 'csp-header-invalid'
    for (const s of scriptSrc) {
      if (s === "'self'" || s === "'unsafe-inline'" || [...BROAD].some((b) => s.startsWith(b))) {
        scriptSrc.delete(s)
      }
    }
  }
  const active = [
    ...[...csp].filter(([name]) => !PASSIVE.includes(name) && name !== 'script-src'),
    ['script-src', scriptSrc] as const,
  ].flatMap(([, sources]) => [...sources])
  const passive = PASSIVE.flatMap((name) => [...(csp.get(name) ?? csp.get('default-src') ?? [])])
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:')

  if (
    [...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) ||
    [...objectSrc].some((s) => BROAD.has(s))
  )
    return 'csp-implemented-with-unsafe-inline'
  if (https && active.some(insecure)) return 'csp-implemented-with-insecure-scheme'
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"))
    return 'csp-implemented-with-unsafe-eval'
  if (https && passive.some(insecure))
    return 'csp-implemented-with-insecure-scheme-in-passive-content-only'
  if ([...styleSrc].some((s) => BROAD_OR_INLINE.has(s)))
    return 'csp-implemented-with-unsafe-inline-in-style-src-only'
  const defaultSrc = csp.get('default-src')
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1)
    return 'csp-implemented-with-no-unsafe-default-src-none'
  return 'csp-implemented-with-no-unsafe'
}

/** Whether the policy restricts framing, which the X-Frame-Options test rewards over the header. */
export function hasFrameAncestors(values: readonly string[]): boolean {
  return parsePolicies(values)?.has('frame-ancestors') ?? false
}
