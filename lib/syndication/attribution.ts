import type { Paragraph } from 'mdast'

/**
 * "This article was originally published at <canonical>." — the line every copy ends with, so
 * the original stays the source. `publisher` adds "by …" where the copy lives on someone else's
 * profile.
 */
export function attributionParagraph(canonicalUrl: string, publisher?: string): Paragraph {
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'This article was originally published at ' },
      { type: 'link', url: canonicalUrl, children: [{ type: 'text', value: canonicalUrl }] },
      { type: 'text', value: publisher ? ` by ${publisher}.` : '.' },
    ],
  }
}
