// Starts `npm start` (the last production build) on a loopback port with a throwaway data
// directory, so a measurement never touches a real database, and stops it with its children.
// The server runs at a lower CPU priority (nice 10): in production it is another machine than the
// visitor's phone, and here it shares two cores with the browser being measured. An article that
// revalidates (every 60 s) is rendered again in the background by the request that finds it
// stale, 100-400 ms of CPU that would otherwise land in the page's Total Blocking Time.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type RunningServer = { url: string; stop: () => Promise<void> }

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok
  } catch {
    return false
  }
}

export async function startNextServer(port: number, timeoutMs = 60_000): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`
  if (await answers(url)) throw new Error(`port ${port} is already serving; pass --port or --url`)
  const dataDir = mkdtempSync(join(tmpdir(), 'lighthouse-data-'))
  const start = ['npm', 'start', '--', '--port', String(port), '--hostname', '127.0.0.1']
  const [command, ...args] = process.platform === 'win32' ? start : ['nice', '-n', '10', ...start]
  const child = spawn(command!, args, {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
    // Its own process group: npm, the shell and next all stop together.
    detached: true,
  })
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before serving`))),
  )
  exited.catch(() => {})
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const gone = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await gone
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  try {
    while (!(await Promise.race([answers(url), exited]))) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}
