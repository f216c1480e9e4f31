import { Fragment } from 'react'

import type { Part } from '@/lib/search/highlight'

/**
 * Text with its matched runs in `<mark>`. Every run is a React text node, so whatever an article
 * or a query holds (`<script>` included) is escaped like any other text.
 */
export function HighlightedText({ parts }: { parts: Part[] }) {
  return parts.map((part, index) =>
    part.mark ? (
      // Amber under ink: well past 4.5:1, and still readable inside an accent-coloured link.
      <mark key={index} className="rounded-xs bg-amber-200 text-zinc-950">
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  )
}
