import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { CLOCK_PORT } from './env'

const DATA_DIR = '.data/e2e-clock'
const CLOCK_FILE = join(DATA_DIR, 'now')

/**
 * A second production server on the same build whose "now" the test sets (CONTENT_CLOCK_FILE),
 * so moving its clock cannot disturb what the other tests see on the main server.
 */
export class ClockedSite {
  readonly baseURL = `http://127.0.0.1:${CLOCK_PORT}`
  private server?: ChildProcess

  setNow(instant: Date): void {
    writeFileSync(CLOCK_FILE, instant.toISOString())
  }

  async start(now: Date): Promise<void> {
    rmSync(DATA_DIR, { recursive: true, force: true })
    mkdirSync(DATA_DIR, { recursive: true })
    this.setNow(now)
    this.server = spawn(
      'npm',
      ['start', '--', '--port', String(CLOCK_PORT), '--hostname', '127.0.0.1'],
      {
        detached: true,
        stdio: 'ignore',
        env: {
          ...process.env,
          CONTENT_CLOCK_FILE: CLOCK_FILE,
          DATA_DIR,
          SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000',
          LOG_LEVEL: 'warn',
        },
      },
    )
    await waitUntilUp(this.baseURL)
  }

  stop(): void {
    // The group: npm and the server it started.
    if (this.server?.pid) process.kill(-this.server.pid, 'SIGTERM')
  }
}

async function waitUntilUp(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the clocked server did not start at ${url}`)
}
