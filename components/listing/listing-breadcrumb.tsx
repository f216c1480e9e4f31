import { Breadcrumb } from '@/components/article/breadcrumb'
import { JsonLd } from '@/components/seo/json-ld'
import type { Crumb } from '@/lib/seo/breadcrumbs'
import { breadcrumbJsonLd } from '@/lib/seo/json-ld'

/** The visible breadcrumb and its JSON-LD from one trail, so the two cannot drift apart. */
export function ListingBreadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  const current = crumbs.at(-1)
  if (!current) return null
  const trail = crumbs.slice(0, -1).map((crumb) => ({ label: crumb.name, href: crumb.path }))
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumb trail={trail} current={current.name} />
    </>
  )
}
