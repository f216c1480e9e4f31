import 'server-only'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** The directory for the SQLite file and the generated secret, created on first use. */
export function dataDir(): string {
  const dir = path.resolve(process.env.DATA_DIR || '.data')
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  return dir
}
