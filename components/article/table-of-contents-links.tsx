'use client'

import { useEffect, useMemo, useState } from 'react'

import type { Heading } from '@/lib/mdx/headings'

/** Where the TOC sits beside the text (`--breakpoint-toc`, globals.css); narrower, it is above. */
const WIDE = '(min-width: 84rem)'
/** A section is current once its heading has scrolled this close to the top of the window. */
const READING_LINE_PX = 96

function sectionAtReadingLine(ids: string[]): string | undefined {
  let current: string | undefined
  for (const id of ids) {
    const heading = document.getElementById(id)
    if (heading && heading.getBoundingClientRect().top <= READING_LINE_PX) current = id
  }
  return current
}

/** Follows the reader's scroll on wide screens and names the section being read. */
function useCurrentSection(ids: string[]): string | undefined {
  const [current, setCurrent] = useState<string>()
  useEffect(() => {
    const wide = matchMedia(WIDE)
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() =>
        setCurrent(wide.matches ? sectionAtReadingLine(ids) : undefined),
      )
    }
    update()
    addEventListener('scroll', update, { passive: true })
    wide.addEventListener('change', update)
    return () => {
      cancelAnimationFrame(frame)
      removeEventListener('scroll', update)
      wide.removeEventListener('change', update)
    }
  }, [ids])
  return current
}

export function TableOfContentsLinks({ headings }: { headings: Heading[] }) {
  const ids = useMemo(() => headings.map((heading) => heading.id), [headings])
  const current = useCurrentSection(ids)
  return (
    <ol className="toc:border-l toc:border-line mt-3 space-y-1.5 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'toc:pl-0 pl-4' : undefined}>
          <a
            href={`#${heading.id}`}
            aria-current={current === heading.id ? 'location' : undefined}
            className={`text-ink hover:text-accent aria-[current=location]:text-accent toc:-ml-px toc:block toc:border-l-2 toc:border-transparent toc:aria-[current=location]:border-current underline-offset-4 hover:underline aria-[current=location]:font-semibold ${heading.depth === 3 ? 'toc:pl-7' : 'toc:pl-3'}`}
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  )
}
