import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { CLOCK_PORT } from './env'
import { siteServer } from './site-server'

const DATA_DIR = '.data/e2e-clock'
const CLOCK_FILE = join(DATA_DIR, 'now')

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
    env: { CONTENT_CLOCK_FILE: CLOCK_FILE, LOG_LEVEL: 'warn' },
  })
  readonly baseURL = this.server.baseUrl

  setNow(instant: Date): void {
    writeFileSync(CLOCK_FILE, instant.toISOString())
  }

  async start(now: Date): Promise<void> {
    mkdirSync(DATA_DIR, { recursive: true })
    this.setNow(now)
    await this.server.start()
  }

  async stop(): Promise<void> {
    await this.server.stop()
  }
}
