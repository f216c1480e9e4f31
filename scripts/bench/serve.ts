// Serving one article four ways in one run: `npm start`, the same HTML from memory in a bare
// Node server, nginx serving it as a plain file, and nginx's caching front before the site.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchArticle } from './article'
import { warmThenLoad, type LoadResult } from './load'
import { startNginx } from './nginx'
import { start, waitForHttp } from './proc'
import { startSite } from './site'

export type Ports = { site: number; staticServer: number; nginxFront: number; nginxFile: number }

export type ServeResult = {
  article: string
  next: LoadResult
  /** The same with PAGE_CACHE_MS=0: every request through Next and the CSP layer. */
  nextUncached: LoadResult
  staticNode: LoadResult
  nextToStatic: number
  uncachedToStatic: number
  rssIdleMb: number
  rssAfterLoadMb: number
}

export type NginxResult = {
  article: string
  nginxFile: LoadResult
  nginxFront: LoadResult
  frontToFile: number
  /** Response headers of the site that the front dropped or changed (expected: none). */
  headersLost: string[]
  cacheStatus: string
}

const ratio = (a: LoadResult, b: LoadResult) =>
  Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

export async function benchServe(
  root: string,
  ports: Ports,
  seconds: number,
): Promise<ServeResult> {
  const article = benchArticle(root)
  const uncached = await startSite(root, ports.site, { PAGE_CACHE_MS: '0' })
  let nextUncached: LoadResult
  try {
    nextUncached = await warmThenLoad(`${uncached.url}${article.route}`, seconds)
  } finally {
    await uncached.stop()
  }
  const site = await startSite(root, ports.site)
  const staticServer = start(process.execPath, [
    '--import',
    'tsx',
    path.join(import.meta.dirname, 'static-server.ts'),
    article.htmlFile,
    String(ports.staticServer),
  ])
  try {
    await waitForHttp(`http://127.0.0.1:${ports.staticServer}/`, staticServer)
    const rssIdle = site.rss()
    const next = await warmThenLoad(`${site.url}${article.route}`, seconds)
    const rssAfterLoad = site.rss()
    const staticNode = await warmThenLoad(`http://127.0.0.1:${ports.staticServer}/`, seconds)
    return {
      article: article.route,
      next,
      nextUncached,
      staticNode,
      nextToStatic: ratio(next, staticNode),
      uncachedToStatic: ratio(nextUncached, staticNode),
      rssIdleMb: mb(rssIdle),
      rssAfterLoadMb: mb(rssAfterLoad),
    }
  } finally {
    await staticServer.stop()
    await site.stop()
  }
}

/** Headers that matter for the comparison: the ones per-response by nature are left out. */
const VOLATILE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-cache-status',
])

async function headersLost(direct: string, front: string): Promise<string[]> {
  const [a, b] = await Promise.all([fetch(direct), fetch(front)])
  return [...a.headers]
    .filter(([name]) => !VOLATILE.has(name))
    .filter(([name, value]) => b.headers.get(name) !== value)
    .map(([name]) => name)
}

export async function benchNginx(
  root: string,
  ports: Ports,
  seconds: number,
): Promise<NginxResult> {
  const article = benchArticle(root)
  const plainRoot = mkdtempSync(path.join(os.tmpdir(), 'modder-bench-html-'))
  copyFileSync(article.htmlFile, path.join(plainRoot, 'article.html'))
  const site = await startSite(root, ports.site)
  const frontUrl = `http://127.0.0.1:${ports.nginxFront}${article.route}`
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
  try {
    nginx = await startNginx(
      path.join(root, 'docs/nginx/site.conf'),
      { front: ports.nginxFront, plainFile: ports.nginxFile, upstream: `127.0.0.1:${ports.site}` },
      plainRoot,
    )
    await fetch(frontUrl).then((response) => response.text())
    const cacheStatus = (await fetch(frontUrl)).headers.get('x-cache-status') ?? 'none'
    const lost = await headersLost(`${site.url}${article.route}`, frontUrl)
    const nginxFile = await warmThenLoad(
      `http://127.0.0.1:${ports.nginxFile}/article.html`,
      seconds,
    )
    const nginxFront = await warmThenLoad(frontUrl, seconds)
    return {
      article: article.route,
      nginxFile,
      nginxFront,
      frontToFile: ratio(nginxFront, nginxFile),
      headersLost: lost,
      cacheStatus,
    }
  } finally {
    await nginx?.stop()
    await site.stop()
    rmSync(plainRoot, { recursive: true, force: true })
  }
}
