import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, brief, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('slug rules', () => {
  it('passes distinct valid slugs, nested folders included', () => {
    site.write('content/articles/first-article.mdx', article())
    site.write('content/articles/2026/second-article.mdx', article())
    expect(site.check()).toEqual([])
  })

  it('reports file names that are not slugs, with a suggestion', () => {
    site.write('content/articles/My_Article.mdx', article())
    expect(site.check()).toMatchObject([
      {
        file: 'content/articles/My_Article.mdx',
        line: 1,
        field: 'slug',
        message:
          'file name "My_Article" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. "my-article.mdx"',
      },
    ])
  })

  it('reports slugs that differ only in case, on both files', () => {
    site.write('content/articles/Foo.mdx', article())
    site.write('content/articles/foo.mdx', article())
    const problems = site.check().filter((problem) => problem.message.includes('collides'))
    expect(problems).toMatchObject([
      {
        file: 'content/articles/Foo.mdx',
        message: 'slug "Foo" collides with content/articles/foo.mdx: both would be /articles/foo',
      },
      {
        file: 'content/articles/foo.mdx',
        message: 'slug "foo" collides with content/articles/Foo.mdx: both would be /articles/foo',
      },
    ])
  })

  it('reports the same slug in nested folders', () => {
    site.write('content/articles/a/x.mdx', article())
    site.write('content/articles/x.mdx', article())
    expect(brief(site.check())).toEqual([
      'content/articles/a/x.mdx:1 error slug',
      'content/articles/x.mdx:1 error slug',
    ])
  })

  it('lets an article and a category share a slug (they live under different URLs)', () => {
    site.write('content/articles/architecture.mdx', article())
    expect(site.check()).toEqual([])
  })
})
