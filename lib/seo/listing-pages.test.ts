import { describe, expect, it } from 'vitest'

import { absoluteUrl } from '@/lib/site'

import { categoryTrail } from './breadcrumbs'
import { categoryMetadata, homeListingMetadata, pagedTrail, tagMetadata } from './listing-pages'
import { siteTitle } from './metadata'
import { architecture, tag } from './test-fixtures'

describe('listing pages', () => {
  it('leaves page 1 as it always was', () => {
    const metadata = categoryMetadata(architecture, 1)
    expect(metadata.title).toBe('Architecture')
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/categories/architecture'))
    expect(homeListingMetadata(1).title).toEqual({ absolute: siteTitle })
  })

  it('gives a later page its own title and canonical, and page 1’s share card', () => {
    const metadata = categoryMetadata(architecture, 2)
    expect(metadata.title).toBe('Architecture · Page 2')
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/categories/architecture/page/2'))
    expect(JSON.stringify(metadata.openGraph)).toContain(
      absoluteUrl('/categories/architecture/opengraph-image'),
    )
    expect(homeListingMetadata(3).title).toEqual({ absolute: `${siteTitle} · Page 3` })
    expect(homeListingMetadata(3).alternates?.canonical).toBe(absoluteUrl('/page/3'))
    expect(tagMetadata({ ...tag('ci'), count: 20 }, 2).title).toBe('Articles tagged ci · Page 2')
  })

  it('ends a later page’s trail with its number', () => {
    const trail = categoryTrail(architecture)
    expect(pagedTrail(trail, 1)).toEqual(trail)
    expect(pagedTrail(trail, 2)).toEqual([
      ...trail,
      { name: 'Page 2', path: '/categories/architecture/page/2' },
    ])
  })
})
