import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * `next/link` without prefetching. Every link in view would otherwise fetch its page's payload
 * as the page loads (15 requests on the home page), and parsing those is most of the main-thread
 * time Lighthouse counts as blocking on a phone. Pages are small and static, so a click still
 * navigates client-side in one short request.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
