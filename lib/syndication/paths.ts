/** Where each republishing export of an article is served. */
export function markdownPath(slug: string): string {
  // Served by app/articles/[slug]/markdown through a rewrite in next.config.ts.
  return `/articles/${slug}.md`
}

export function devtoPath(slug: string): string {
  return `/articles/${slug}/devto.md`
}

export function devtoFileName(slug: string): string {
  return `${slug}.devto.md`
}

/** Medium's "Import a story": given a URL, it copies the story and sets its canonical link there. */
export const MEDIUM_IMPORT_URL = 'https://medium.com/p/import'
