// `npm run budget [-- --strict]`: the article page's JavaScript beyond Next's framework, and the
// HTML of a 2,000-word article, both gzip, measured on the files the last `next build` wrote.
// Also lists the project files the server routes' file traces carry. Exits 1 when the JavaScript
// is over budget or the traces carry sources (a sign Turbopack traced the whole project); the HTML
// figure is a projection from the sample articles (the build has no 2,000-word one), so it is
// reported always and gated with --strict.
// Writes bench/budget.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { chunkKey, classifyChunk, type ClassifiedChunk } from '@/lib/budget/framework-chunks'
import { projectHtmlSize } from '@/lib/budget/html-budget'
import { sweptSources, tracedProjectFiles } from '@/lib/budget/server-trace'

import { readArticleHtml } from './lib/article-html'
import { KIB, kib, table } from './lib/format'
import {
  definedModuleIds,
  gzipSize,
  NEXT_DIR,
  readClientModules,
  readRootMainFiles,
  readRouteStats,
  readServerTraces,
} from './lib/next-build'
import { ensureBuild } from './lib/ensure-build'

const ARTICLE_ROUTE = '/articles/[slug]'
const OWN_JS_BUDGET = 10 * KIB
const HTML_WORDS = 2000
const HTML_BUDGET = 30 * KIB

const { values: args } = parseArgs({ options: { strict: { type: 'boolean', default: false } } })

type ChunkSize = ClassifiedChunk & { gzipBytes: number }

function measureRoutes() {
  const rootMainFiles = new Set(readRootMainFiles().map(chunkKey))
  const clientModules = new Map(readClientModules().map((m) => [m.id, m.path]))
  const sized = new Map<string, ChunkSize>()
  const sizeOf = (path: string): ChunkSize => {
    const key = chunkKey(path)
    const known = sized.get(key)
    if (known) return known
    const file = join(NEXT_DIR, key)
    const chunk = {
      ...classifyChunk(key, {
        rootMainFiles,
        clientModules,
        definedModuleIds: definedModuleIds(file),
      }),
      gzipBytes: gzipSize(file),
    }
    sized.set(key, chunk)
    return chunk
  }
  return readRouteStats().map(({ route, firstLoadChunkPaths }) => {
    const chunks = firstLoadChunkPaths.map(sizeOf)
    const total = (kind?: ClassifiedChunk['kind']) =>
      chunks.filter((c) => !kind || c.kind === kind).reduce((sum, c) => sum + c.gzipBytes, 0)
    return {
      route,
      chunks,
      totalGzip: total(),
      frameworkGzip: total('framework'),
      ownGzip: total('own'),
    }
  })
}

function main() {
  ensureBuild()
  const failures: string[] = []
  const routes = measureRoutes()
  console.log('First-load JavaScript per route (gzip, zlib default level)\n')
  console.log(
    table([
      ['route', 'total', 'framework', 'own'],
      ...routes.map((r) => [r.route, kib(r.totalGzip), kib(r.frameworkGzip), kib(r.ownGzip)]),
    ]),
  )
  const article = routes.find((r) => r.route === ARTICLE_ROUTE)
  if (!article) throw new Error(`${ARTICLE_ROUTE} is not in route-bundle-stats.json`)
  console.log(`\n${ARTICLE_ROUTE} chunks:`)
  for (const c of article.chunks)
    console.log(`  ${c.kind.padEnd(9)} ${kib(c.gzipBytes).padStart(9)}  ${c.chunk}  (${c.reason})`)
  if (article.ownGzip > OWN_JS_BUDGET)
    failures.push(`${ARTICLE_ROUTE} own JS ${kib(article.ownGzip)} > ${kib(OWN_JS_BUDGET)}`)

  const articles = readArticleHtml().sort((a, b) => b.words - a.words)
  console.log('\nPrerendered article HTML (gzip)\n')
  console.log(
    table([
      ['article', 'words', 'html', 'RSC inline', 'gzip', 'gzip B/word'],
      ...articles.map((a) => [
        a.slug,
        String(a.words),
        kib(a.htmlBytes),
        kib(a.rscBytes),
        kib(a.gzipBytes),
        (a.gzipBytes / a.words).toFixed(1),
      ]),
    ]),
  )
  const projection = projectHtmlSize(articles, HTML_WORDS)
  const line = projection.fit
    ? ` = ${kib(projection.fit.intercept)} + ${projection.fit.slope.toFixed(2)} B/word`
    : ''
  console.log(
    `\nA ${HTML_WORDS}-word article: ${kib(projection.gzipBytes)} gzip (${projection.method}${line})`,
  )
  const traced = tracedProjectFiles(readServerTraces(), process.cwd(), NEXT_DIR)
  const swept = sweptSources(traced)
  console.log(`\nProject files in the server routes' file traces: ${traced.length}`)
  for (const file of traced.slice(0, 10)) console.log(`  ${file}`)
  if (traced.length > 10) console.log(`  … and ${traced.length - 10} more`)
  if (swept.length > 0)
    failures.push(
      `the server traces carry ${swept.length} source files (${swept.slice(0, 3).join(', ')}, …):` +
        ' an fs or path call that Turbopack cannot scope traced the whole project; see the' +
        ' "Dynamic filesystem access" warning of `next build`',
    )

  const warnings: string[] = []
  if (projection.gzipBytes > HTML_BUDGET) {
    const over = `${HTML_WORDS}-word article HTML ${kib(projection.gzipBytes)} > ${kib(HTML_BUDGET)}`
    ;(args.strict ? failures : warnings).push(over)
  }

  mkdirSync('bench', { recursive: true })
  const report = {
    date: new Date().toISOString(),
    budgets: { ownJsGzip: OWN_JS_BUDGET, htmlGzip: HTML_BUDGET, htmlWords: HTML_WORDS },
    routes,
    articles,
    projection,
    tracedProjectFiles: traced,
    strict: args.strict,
    failures,
    warnings,
  }
  writeFileSync(join('bench', 'budget.json'), `${JSON.stringify(report, null, 2)}\n`)

  console.log(
    failures.length === 0
      ? '\nGated budgets met.'
      : `\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`,
  )
  if (warnings.length > 0) console.log('Over target, not gated (projected; --strict gates it):')
  for (const warning of warnings) console.log(`  - ${warning}`)
  if (failures.length > 0) process.exitCode = 1
}

main()
