import type { Heading } from '@/lib/mdx/headings'

import { TableOfContentsLinks } from './table-of-contents-links'

/**
 * Shown only when the article has enough sections to need one: above the body on narrow screens,
 * in the right margin beside it on wide ones, where it stays in view and marks the current section.
 */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.filter((h) => h.depth === 2).length < 3) return null
  return (
    <div className="xl:absolute xl:inset-y-0 xl:left-full xl:ml-12 xl:w-60">
      <nav
        aria-labelledby="toc-heading"
        className="border-line bg-wash my-8 rounded-lg border p-5 xl:sticky xl:top-6 xl:my-0 xl:max-h-[calc(100dvh-3rem)] xl:overflow-y-auto xl:border-0 xl:bg-transparent xl:p-0"
      >
        <h2 id="toc-heading" className="text-muted text-xs font-semibold tracking-wider uppercase">
          On this page
        </h2>
        <TableOfContentsLinks headings={headings} />
      </nav>
    </div>
  )
}
