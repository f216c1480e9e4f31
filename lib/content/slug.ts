import { slug } from 'github-slugger'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Heading ids, tag URLs: the same algorithm rehype-slug uses, so anchors and links agree. */
export function slugify(text: string): string {
  return slug(text)
}

/** File-name slugs: lowercase letters and digits, single hyphens between them. */
export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value)
}

/**
 * A file-name slug from a title. github-slugger keeps accented letters, underscores and runs of
 * hyphens ("Café — notes" → "café--notes"), which file names must not have, so fold and tidy.
 * Returns undefined when nothing usable is left (a title of only punctuation or non-Latin script).
 */
export function slugFromTitle(title: string): string | undefined {
  const folded = title.normalize('NFKD').replace(/\p{M}/gu, '')
  const candidate = slugify(folded).replace(/[-_]+/g, '-').replace(/^-|-$/g, '')
  return isValidSlug(candidate) ? candidate : undefined
}
