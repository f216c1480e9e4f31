const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i

/**
 * A link or image source that still works once the text leaves the site (a feed reader, Dev.to):
 * relative URLs resolve against the article's own address; absolute ones are left exactly as written.
 */
export function absolutize(url: string, base: string): string {
  return HAS_SCHEME.test(url) ? url : new URL(url, base).href
}
