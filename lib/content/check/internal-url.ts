export type Section = 'articles' | 'categories' | 'tags'

/** A site-relative URL as the page it names, or undefined when it isn't one of ours. */
export type InternalUrl =
  | { kind: 'index'; section: Section }
  | { kind: 'page'; section: Section; slug: string; path: string }
  | { kind: 'nested'; section: Section; path: string }

const SECTIONS: readonly Section[] = ['articles', 'categories', 'tags']

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** `/articles/x#part?y` → article "x". Fragments and queries don't change which page it is. */
export function parseInternalUrl(url: string): InternalUrl | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '')
  const [, first, ...rest] = path.split('/')
  const section = SECTIONS.find((candidate) => candidate === first)
  if (section === undefined) return undefined
  if (rest.length === 0) return { kind: 'index', section }
  if (rest.length > 1) return { kind: 'nested', section, path }
  return { kind: 'page', section, slug: decode(rest[0] ?? ''), path }
}

/** A `/`-rooted path under `public/`, without query or fragment, decoded. */
export function publicPath(src: string): string | undefined {
  if (!src.startsWith('/') || src.startsWith('//')) return undefined
  return decode(src.replace(/[?#].*$/, ''))
}
