import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { CLOCK_PORT } from './env'
import { siteServer } from './site-server'

const DATA_DIR = '.data/e2e-clock'
const CLOCK_FILE = join(DATA_DIR, 'now')
// Beside `.next`, so the build's relative links to node_modules still resolve.
const DIST_DIR = '.next-clock'

/**
 * Servers on one build share its ISR cache on disk: a page this server regenerates for its moved
 * clock would be served by the main server too. A copy of the build (without the build cache)
 * keeps what each server regenerates (Next 16 writes it to `<distDir>/server/route-cache`) its own.
 */
function copyBuild() {
  rmSync(DIST_DIR, { recursive: true, force: true })
  mkdirSync(DIST_DIR)
  for (const entry of readdirSync('.next').filter((name) => name !== 'cache')) {
    cpSync(join('.next', entry), join(DIST_DIR, entry), {
      recursive: true,
      verbatimSymlinks: true,
      // Pages the main server regenerated since the build (Next 16 keeps them on disk).
      filter: (source) => !source.includes(join('server', 'route-cache')),
    })
  }
}

/**
 * A second production server on the same build whose "now" the test sets (CONTENT_CLOCK_FILE),
 * so moving its clock cannot disturb what the other tests see on the main server.
 */
export class ClockedSite {
  private readonly server = siteServer({
    port: CLOCK_PORT,
    dataDir: DATA_DIR,
    // No inquiries here: notifications stay off.
    smtpUrl: '',
    env: { CONTENT_CLOCK_FILE: CLOCK_FILE, NEXT_DIST_DIR: DIST_DIR, LOG_LEVEL: 'warn' },
  })
  readonly baseURL = this.server.baseUrl

  setNow(instant: Date): void {
    writeFileSync(CLOCK_FILE, instant.toISOString())
  }

  async start(now: Date): Promise<void> {
    copyBuild()
    mkdirSync(DATA_DIR, { recursive: true })
    this.setNow(now)
    await this.server.start()
  }

  async stop(): Promise<void> {
    await this.server.stop()
  }
}
