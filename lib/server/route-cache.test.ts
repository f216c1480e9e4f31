import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { clearRouteCache } from './route-cache.mjs'

/** A build folder as `next build` leaves it, with pages a server regenerated since. */
function buildFolder(regenerated: string[]) {
  const distDir = mkdtempSync(join(tmpdir(), 'route-cache-'))
  const app = join(distDir, 'server', 'app')
  mkdirSync(app, { recursive: true })
  writeFileSync(join(app, 'index.html'), '<link href="/_next/static/chunks/new.css">')
  const routes = join(distDir, 'server', 'route-cache', 'APP_PAGE', 'a1b2', '$')
  for (const page of regenerated) {
    mkdirSync(join(routes, page, '..'), { recursive: true })
    writeFileSync(join(routes, `${page}.html`), '<link href="/_next/static/chunks/old.css">')
    writeFileSync(join(routes, `${page}.meta`), '{"cacheControl":{"revalidate":60}}')
    writeFileSync(join(routes, `${page}.rsc`), '0:[]')
  }
  return { distDir, app, routeCache: join(distDir, 'server', 'route-cache') }
}

describe('clearRouteCache', () => {
  it("drops every page an earlier server regenerated and keeps the build's own", () => {
    const { distDir, app, routeCache } = buildFolder(['index', 'articles/one', 'articles/two'])
    expect(clearRouteCache(distDir)).toBe(3)
    expect(existsSync(routeCache)).toBe(false)
    expect(readFileSync(join(app, 'index.html'), 'utf8')).toContain('new.css')
  })

  it('is a no-op on a fresh build, which has no regenerated pages yet', () => {
    const { distDir, app } = buildFolder([])
    expect(clearRouteCache(distDir)).toBe(0)
    expect(clearRouteCache(join(distDir, 'missing'))).toBe(0)
    expect(existsSync(join(app, 'index.html'))).toBe(true)
  })
})
