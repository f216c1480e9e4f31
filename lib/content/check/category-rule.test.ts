import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('category rule', () => {
  it.each(['architecture', 'Architecture', 'ARCHITECTURE', '"  architecture "'])(
    'accepts a category named by slug or title in any case: %s',
    (category) => {
      site.write('content/articles/x.mdx', article({ category }))
      expect(site.check()).toEqual([])
    },
  )

  it('reports an unknown category at its line and lists the known ones', () => {
    site.write(
      'content/categories/product-engineering.mdx',
      '---\ntitle: Product Engineering\ndescription: D\n---\n',
    )
    site.write('content/articles/x.mdx', article({ category: 'Architecure' }))
    expect(site.check()).toEqual([
      {
        file: 'content/articles/x.mdx',
        line: 5,
        severity: 'error',
        field: 'category',
        message:
          'unknown category "Architecure"; known: architecture ("Architecture"), product-engineering ("Product Engineering")',
      },
    ])
  })

  it('says so when there are no categories at all', () => {
    site.remove('content/categories')
    site.write('content/articles/x.mdx', article())
    expect(site.check()).toMatchObject([
      {
        field: 'category',
        message:
          'unknown category "architecture"; no categories exist yet: add one in content/categories/',
      },
    ])
  })

  it('reports two categories with the same title', () => {
    site.write('content/categories/arch.mdx', '---\ntitle: architecture\ndescription: D\n---\n')
    expect(site.check()).toMatchObject([
      {
        file: 'content/categories/arch.mdx',
        line: 2,
        field: 'title',
        message: expect.stringContaining('also the title of architecture'),
      },
      {
        file: 'content/categories/architecture.mdx',
        line: 2,
        field: 'title',
        message: expect.stringContaining('also the title of arch'),
      },
    ])
  })
})
