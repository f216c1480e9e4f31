import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')

export type SiteServerOptions = {
  port: number
  /** Under the repository, e.g. `.data/resilience-load`; emptied before the first start. */
  dataDir: string
  /** PostgreSQL instead of SQLite in dataDir. */
  databaseUrl?: string
  smtpUrl: string
  env?: Record<string, string>
}

/** One pino line from the server's stdout. */
export type LogLine = { level: number; time: number; msg: string } & Record<string, unknown>

export type SiteServer = {
  baseUrl: string
  /** Every line the server printed, across restarts, for checks on what it logged. */
  output: string[]
  logs(): LogLine[]
  start(): Promise<void>
  /** `kill -9`: no shutdown handler, no flush, in-flight requests cut off. */
  crash(): Promise<void>
  /** SIGTERM, as a deploy sends it; resolves with the exit code. */
  stop(): Promise<number | null>
}

// Fixed secrets: a PostgreSQL-backed production server refuses to generate its own.
const TEST_SECRETS = {
  SESSION_SECRET: 'resilience-session-secret-not-secret-0123456789',
  IP_HASH_SECRET: 'resilience-ip-hash-secret-not-secret-0123456789',
  FORM_SECRET: 'resilience-form-secret-not-secret-0123456789abc',
}

/**
 * `npm start` (node server.mjs against the existing build) on its own port, data and mail server,
 * behind one trusted proxy so each test client can be a distinct visitor by X-Forwarded-For.
 */
export function siteServer(options: SiteServerOptions): SiteServer {
  const baseUrl = `http://127.0.0.1:${options.port}`
  const output: string[] = []
  let child: ChildProcess | undefined
  let exited: Promise<number | null> = Promise.resolve(null)
  rmSync(join(root, options.dataDir), { recursive: true, force: true })

  async function start() {
    const spawned = spawn(
      process.execPath,
      ['server.mjs', '--port', String(options.port), '--hostname', '127.0.0.1'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ...TEST_SECRETS,
          NODE_ENV: 'production',
          DATA_DIR: options.dataDir,
          DATABASE_URL: options.databaseUrl ?? '',
          SMTP_URL: options.smtpUrl,
          CONTACT_TO: 'team@moddercoder.test',
          CONTACT_FROM: 'Modder Coder <site@moddercoder.test>',
          TRUST_PROXY: '1',
          LOG_LEVEL: 'info',
          ...options.env,
        },
      },
    )
    child = spawned
    exited = new Promise((resolve) => spawned.once('exit', (code) => resolve(code)))
    let partial = ''
    const collect = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n')
      partial = lines.pop() ?? ''
      output.push(...lines)
    }
    spawned.stdout!.on('data', collect)
    spawned.stderr!.on('data', collect)
    await untilHealthy(baseUrl, exited, output)
  }

  async function signal(name: NodeJS.Signals) {
    const running = child
    child = undefined
    running?.kill(name)
    return exited
  }

  return {
    baseUrl,
    output,
    logs: () => output.flatMap(parseLogLine),
    start,
    crash: async () => void (await signal('SIGKILL')),
    stop: () => signal('SIGTERM'),
  }
}

/** Ready when /api/health answers 200: Next is up and the database is migrated. */
async function untilHealthy(baseUrl: string, exited: Promise<number | null>, output: string[]) {
  let gone = false
  void exited.then(() => (gone = true))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (gone) throw new Error(`server exited before it was ready:\n${output.join('\n')}`)
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server not healthy after 60 s:\n${output.join('\n')}`)
}

function parseLogLine(line: string): LogLine[] {
  if (!line.startsWith('{')) return []
  try {
    return [JSON.parse(line) as LogLine]
  } catch {
    return []
  }
}
