import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { mdxComponents } from './mdx-components'

const render = (props: Record<string, string>) =>
  renderToStaticMarkup(createElement(mdxComponents.img, props))

describe('article images', () => {
  it('give a raster image next/image’s optimised srcSet, its size and lazy loading', () => {
    const html = render({
      src: '/images/articles/photo.png',
      alt: 'A photo',
      width: '1600',
      height: '900',
    })
    expect(html).toMatch(/^<img /)
    expect(html).toContain('alt="A photo"')
    expect(html).toContain('width="1600" height="900"')
    expect(html).toContain('loading="lazy"')
    expect(html).toContain('sizes="(min-width: 768px) 720px, 100vw"')
    expect(html).toMatch(
      /srcSet="\/_next\/image\?url=%2Fimages%2Farticles%2Fphoto\.png&amp;w=\d+&amp;q=75 \d+w,/,
    )
  })

  it('serve an SVG as it is, without the optimiser', () => {
    const html = render({
      src: '/images/articles/d.svg',
      alt: 'A diagram',
      width: '800',
      height: '450',
    })
    expect(html).toContain('src="/images/articles/d.svg"')
    expect(html).not.toContain('_next/image')
    expect(html).not.toContain('srcSet')
  })

  it('render an image of unknown size as a plain lazy <img>', () => {
    expect(render({ src: 'https://example.com/a.png', alt: 'Remote' })).toBe(
      '<img src="https://example.com/a.png" alt="Remote" loading="lazy"/>',
    )
  })

  it('escape the alt text', () => {
    const html = render({ src: '/a.png', alt: '"><script>x</script>', width: '10', height: '10' })
    expect(html).not.toContain('<script>')
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"')
  })
})
