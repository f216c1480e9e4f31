// The site as the bench runs it: always through `npm start`, so a custom server behind it is measured too.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { start, treeRss, waitForHttp, type Started } from './proc'

export type Site = Started & { url: string; dataDir: string; rss: () => number }

export async function startSite(
  root: string,
  port: number,
  env: Record<string, string> = {},
): Promise<Site> {
  const ownDataDir = !env.DATA_DIR
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'modder-bench-data-'))
  const started = start('npm', ['start', '--', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      // Load comes from many clients behind one proxy; each has its own X-Forwarded-For.
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/health`, started)
  const pid = started.child.pid as number
  // npm's own process is the launcher, not the server: its RSS is left out.
  async function stop() {
    await started.stop()
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  return { ...started, stop, url, dataDir, rss: () => treeRss(pid, { includeRoot: false }) }
}
