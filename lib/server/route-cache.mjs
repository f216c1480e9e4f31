// @ts-check
import { rmSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Forgets the pages an earlier server regenerated, so this one serves its own build.
 *
 * Next 16 writes each page it regenerates (ISR) to `<distDir>/server/route-cache/`, keyed by route
 * and not by build, and serves that copy again after a restart. `next build` empties the folder
 * when it starts, but a server still running from the previous build goes on regenerating pages
 * into it while and after the new build runs. The new server then served those pages, whose HTML
 * names the old build's stylesheet and scripts, deleted by the build: the article came up
 * unstyled (seen on this project's own machine after a rebuild with the server left running).
 * Without them each page is served from the build's own prerender and regenerated as usual.
 * @param {string} distDir Next's build folder (`.next`, or NEXT_DIST_DIR)
 * @returns {number} how many regenerated pages were dropped
 */
export function clearRouteCache(distDir) {
  const folder = join(distDir, 'server', 'route-cache')
  let pages = 0
  try {
    pages = countPages(folder)
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return 0
    throw error
  }
  rmSync(folder, { recursive: true, force: true })
  return pages
}

/** @param {string} folder */
function countPages(folder) {
  let pages = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.meta')) pages++
  }
  return pages
}
