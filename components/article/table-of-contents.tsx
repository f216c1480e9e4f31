import type { Heading } from '@/lib/mdx/headings'

import { TableOfContentsLinks } from './table-of-contents-links'

/**
 * Shown only when the article has enough sections to need one: above the body on narrow screens,
 * in the right margin beside it once that margin holds it (the `toc` breakpoint, globals.css),
 * where it stays in view and marks the current section.
 */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.filter((h) => h.depth === 2).length < 3) return null
  return (
    <div className="toc:absolute toc:inset-y-0 toc:left-full toc:ml-12 toc:w-60">
      <nav
        aria-labelledby="toc-heading"
        className="border-line bg-wash toc:sticky toc:top-6 toc:my-0 toc:max-h-[calc(100dvh-3rem)] toc:overflow-y-auto toc:border-0 toc:bg-transparent toc:p-0 my-8 rounded-lg border p-5"
      >
        <h2 id="toc-heading" className="text-muted text-xs font-semibold tracking-wider uppercase">
          On this page
        </h2>
        <TableOfContentsLinks headings={headings} />
      </nav>
    </div>
  )
}
