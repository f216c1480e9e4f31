import type { SearchEntry } from './entry'
import { prepareIndex } from './rank'

/** A hand-made entry: only what a test names differs from a bland article that matches nothing. */
export function entry(slug: string, overrides: Partial<SearchEntry> = {}): SearchEntry {
  return {
    slug,
    url: `/articles/${slug}`,
    title: `Untitled ${slug}`,
    description: 'A description with nothing in it.',
    tags: [],
    category: 'Architecture',
    date: '2026-01-01',
    body: 'Plain words about nothing in particular.',
    ...overrides,
  }
}

export const indexOf = (...entries: SearchEntry[]) => prepareIndex(entries)
