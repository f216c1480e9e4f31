import { describe, expect, it } from 'vitest'

import { getPublishedArticles } from '@/lib/content'

import { articleMarkdown } from './article-markdown'

const published = getPublishedArticles()

function find(description: string, test: (source: string) => boolean) {
  const article = published.find((a) => test(a.source))
  if (!article) throw new Error(`no sample article ${description}`)
  return article
}

describe('markdown export', () => {
  it('opens with the title, the description and the canonical URL', () => {
    for (const article of published) {
      const url = article.canonicalUrl
      const header = `# ${article.title}\n\n${article.description}\n\nCanonical URL: [${url}](${url})\n\n`
      expect(articleMarkdown(article).startsWith(header), article.slug).toBe(true)
    }
  })

  it('keeps every heading, code fence and table row', () => {
    const withCode = find('with code', (s) => /^```\w+/m.test(s))
    const markdown = articleMarkdown(withCode)
    for (const heading of withCode.headings) {
      expect(markdown).toContain(`${'#'.repeat(heading.depth)} ${heading.text}`)
    }
    const fences = withCode.source.match(/^```\w+/gm) ?? []
    expect(markdown.match(/^```\w+/gm)).toEqual(fences)

    const withTable = find('with a table', (s) => /^\|.*\|\s*$/m.test(s))
    const rows = withTable.source.match(/^\|.*\|\s*$/gm) ?? []
    expect(articleMarkdown(withTable).match(/^\|.*\|$/gm)).toHaveLength(rows.length)
  })

  it('turns each Callout into a blockquote with a bold label', () => {
    const withCallout = find('with a callout', (s) => s.includes('<Callout'))
    const titles = [...withCallout.source.matchAll(/<Callout type="(\w+)" title="([^"]+)">/g)]
    expect(titles.length).toBeGreaterThan(0)
    const markdown = articleMarkdown(withCallout)
    for (const [, type, title] of titles) {
      const label = type!.charAt(0).toUpperCase() + type!.slice(1)
      expect(markdown).toContain(`> **${label}: ${title}**\n>\n> `)
    }
    expect(markdown).not.toContain('Callout')
  })

  it('makes links and images absolute', () => {
    for (const article of published) {
      expect(articleMarkdown(article), article.slug).not.toMatch(/\]\((?!https?:)/)
    }
  })
})
