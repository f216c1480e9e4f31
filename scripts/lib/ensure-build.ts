// The measuring scripts (`npm run lighthouse`, `npm run bench`, `npm run budget`) measure the last
// production build. In a fresh clone there is none yet: build it first, under the same lock every
// build here takes, so one command works from a clean checkout.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Held by every `next build` on this machine: two at once would starve each other. */
export const BUILD_LOCK = '/tmp/next-build.lock'

export function ensureBuild(root = process.cwd()): void {
  if (existsSync(join(root, '.next', 'BUILD_ID'))) return
  console.error('No production build in .next yet: running `npm run build` first.')
  const build = spawnSync('flock', [BUILD_LOCK, 'npm', 'run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.error) throw new Error(`could not run npm run build: ${build.error.message}`)
  if (build.status !== 0)
    throw new Error('npm run build failed: fix what it printed, then run again')
}
