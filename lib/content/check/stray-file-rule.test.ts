import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, brief, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('stray file rule', () => {
  it('reports files contentlayer would not publish', () => {
    site.write('content/articles/forgot-the-x.md', article())
    site.write('content/drafts/idea.mdx', article())
    expect(brief(site.check())).toEqual([
      'content/articles/forgot-the-x.md:1 error file',
      'content/drafts/idea.mdx:1 error file',
    ])
  })

  it('ignores dotfiles such as .DS_Store', () => {
    site.write('content/articles/.DS_Store', '')
    expect(site.check()).toEqual([])
  })
})
