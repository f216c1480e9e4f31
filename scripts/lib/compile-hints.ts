// V8's explicit compile hint (Chrome 136+): a script whose first line is this comment has all its
// functions compiled eagerly, on the background thread that compiles it while it downloads.
// Without it V8 only pre-parses function bodies and compiles each one on the main thread the
// first time it runs. Next's startup chunks run nearly every function they hold while the page
// hydrates (the Turbopack runtime, React, the router, the page's client components), so that
// compiling landed in the long tasks after first paint. Chunks a page loads later on demand (the
// contact form's validation, legacy polyfills) keep V8's lazy default.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { readRouteStats } from './next-build'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * The JavaScript files some route loads before it hydrates, as paths inside `distDir` (Next 16
 * lists each route's first-load chunks in diagnostics/route-bundle-stats.json).
 */
export function startupChunks(distDir: string): string[] {
  const chunks = new Set(
    readRouteStats(distDir).flatMap((route) =>
      route.firstLoadChunkPaths
        .filter((path) => path.endsWith('.js'))
        .map((path) => join(distDir, path.slice(path.lastIndexOf('static/')))),
    ),
  )
  return [...chunks].sort()
}

/** A source map for a script that gained a first line: `;` is one generated line with no mappings. */
function shiftSourceMap(mapFile: string) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings?: unknown }
  if (typeof map.mappings !== 'string') return
  writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }))
}

export type HintReport = { hinted: number; alreadyHinted: number; bytes: number }

/** Puts the hint on top of every startup chunk once; running it again changes nothing. */
export function addCompileHints(distDir: string): HintReport {
  const report: HintReport = { hinted: 0, alreadyHinted: 0, bytes: 0 }
  for (const file of startupChunks(distDir)) {
    const source = readFileSync(file, 'utf8')
    report.bytes += Buffer.byteLength(source)
    if (source.startsWith(COMPILE_HINT)) {
      report.alreadyHinted++
      continue
    }
    writeFileSync(file, COMPILE_HINT + source)
    if (existsSync(`${file}.map`)) shiftSourceMap(`${file}.map`)
    report.hinted++
  }
  return report
}
