import { getImageProps } from 'next/image'
import { Link } from '@/components/ui/link'
import type { ComponentPropsWithoutRef } from 'react'

import { Callout } from './callout'

type AnchorProps = ComponentPropsWithoutRef<'a'>
type ImgProps = ComponentPropsWithoutRef<'img'>

/** Internal links navigate client-side; external ones open in a new tab without handing over `window.opener`. */
function MdxLink({ href = '', children, ...rest }: AnchorProps) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    )
  }
  if (href.startsWith('#'))
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    )
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}

/**
 * Local images carry their size from the build (rehype-image-size), so the space is reserved.
 * `getImageProps` gives the optimised `srcSet` of next/image as a plain `<img>`: the component
 * itself is a client component, and its script was most of the article page's own JavaScript.
 */
function MdxImage({ src, alt = '', width, height }: ImgProps) {
  if (typeof src !== 'string') return null
  if (!width || !height) {
    // eslint-disable-next-line @next/next/no-img-element -- a remote image without known size
    return <img src={src} alt={alt} loading="lazy" />
  }
  const { props } = getImageProps({
    src,
    alt,
    width: Number(width),
    height: Number(height),
    sizes: '(min-width: 768px) 720px, 100vw',
    className: 'h-auto w-full rounded-lg',
    unoptimized: src.endsWith('.svg'),
  })
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's props, alt included
  return <img {...props} />
}

/** Wide tables scroll on their own instead of widening the page; focusable so keyboards can scroll them. */
function MdxTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div role="region" aria-label="Table" tabIndex={0} className="overflow-x-auto">
      <table {...props} />
    </div>
  )
}

export const mdxComponents = {
  a: MdxLink,
  img: MdxImage,
  table: MdxTable,
  Callout,
}
