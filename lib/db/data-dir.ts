import 'server-only'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** The directory for the SQLite file and the generated secret, created on first use. */
export function dataDir(): string {
  // A runtime folder, not a build input: without the comment Turbopack's file tracer cannot scope
  // the path and traces the whole project (sources, README, public/) into every server route.
  const dir = path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR || '.data')
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  return dir
}
