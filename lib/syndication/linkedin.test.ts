import { describe, expect, it } from 'vitest'

import { getPublishedArticles, type Article } from '@/lib/content'

import { LINKEDIN_EXCERPT_LIMIT, linkedinPost } from './linkedin'

const ORIGIN = /\n\nOriginally published at (\S+)$/

function excerptOf(post: string): string {
  return post.replace(ORIGIN, '')
}

describe('LinkedIn post', () => {
  it('is the description and first paragraph, at most 600 characters, then the source', () => {
    for (const article of getPublishedArticles()) {
      const post = linkedinPost(article)
      expect(post.match(ORIGIN)?.[1]).toBe(article.canonicalUrl)
      const excerpt = excerptOf(post)
      expect(excerpt.length).toBeLessThanOrEqual(LINKEDIN_EXCERPT_LIMIT)
      expect(excerpt.startsWith(`${article.description}\n\n`)).toBe(true)
    }
  })

  it('cuts a long excerpt at a word, marked with an ellipsis', () => {
    const article = getPublishedArticles()[0]!
    const long: Article = { ...article, source: `${'word '.repeat(200)}end.` }
    const excerpt = excerptOf(linkedinPost(long))
    expect(excerpt.length).toBeLessThanOrEqual(LINKEDIN_EXCERPT_LIMIT)
    expect(excerpt).toMatch(/ word…$/)
  })
})
