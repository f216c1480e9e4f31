// `npm run build` runs this after `next build`: marks the chunks pages load at startup for eager
// compilation off the main thread (see lib/compile-hints.ts). Uses NEXT_DIST_DIR like next.config.
import { addCompileHints } from './lib/compile-hints'

const distDir = process.env.NEXT_DIST_DIR || '.next'
const { hinted, alreadyHinted, bytes } = addCompileHints(distDir)
console.log(
  `compile hints: ${hinted} startup chunks marked, ${alreadyHinted} already marked ` +
    `(${Math.round(bytes / 1024)} KiB of JavaScript compiled while it downloads)`,
)
