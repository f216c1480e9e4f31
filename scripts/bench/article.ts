// The article every serving run requests, and the prerendered HTML file Next serves for it.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export type BenchArticle = { route: string; htmlFile: string }

/** The first prerendered article (or `slug`), read from the build's prerender manifest. */
export function benchArticle(root: string, slug?: string): BenchArticle {
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next/prerender-manifest.json'), 'utf8'),
  ) as { routes: Record<string, unknown> }
  const routes = Object.keys(manifest.routes)
    .filter((route) => /^\/articles\/[a-z0-9-]+$/.test(route))
    .sort()
  const route = slug ? `/articles/${slug}` : routes[0]
  if (!route || !routes.includes(route)) throw new Error(`no prerendered article ${route ?? ''}`)
  return { route, htmlFile: path.join(root, '.next/server/app', `${route}.html`) }
}
