import type { Heading } from '@/lib/mdx/headings'

/** Shown only when the article has enough sections to need one. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.filter((h) => h.depth === 2).length < 3) return null
  return (
    <nav aria-labelledby="toc-heading" className="border-line bg-wash my-8 rounded-lg border p-5">
      <h2 id="toc-heading" className="text-muted text-xs font-semibold tracking-wider uppercase">
        On this page
      </h2>
      <ol className="mt-3 space-y-1.5 text-sm">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
            <a
              href={`#${heading.id}`}
              className="text-ink hover:text-accent underline-offset-4 hover:underline"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
