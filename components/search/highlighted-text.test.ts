import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { highlight } from '@/lib/search/highlight'
import { parseQuery } from '@/lib/search/query'

import { HighlightedText } from './highlighted-text'

const render = (text: string, query: string) =>
  renderToStaticMarkup(
    createElement(HighlightedText, { parts: highlight(text, parseQuery(query)) }),
  )

describe('HighlightedText', () => {
  it('wraps matches in <mark> and leaves the rest as text', () => {
    expect(render('A Postgres schema', 'postgres')).toBe(
      'A <mark class="rounded-xs bg-amber-200 text-zinc-950">Postgres</mark> schema',
    )
  })

  it('escapes markup in the text and the match alike', () => {
    const html = render('Never <script>alert("x")</script> & co', '<script>')
    expect(html).not.toContain('<script')
    expect(html).toContain(
      '&lt;<mark class="rounded-xs bg-amber-200 text-zinc-950">script</mark>&gt;',
    )
    expect(html).toContain('&amp; co')
  })
})
