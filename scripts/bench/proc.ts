// Child processes of the benchmark: started in their own process group so the whole tree
// (npm → sh → node) stops together, measured through /proc because `npm start` is a tree.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> }

/** Spawns a command in its own process group, keeping the tail of its output for error messages. */
export function start(command: string, args: string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let tail = ''
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => tail, stop: () => stopGroup(child) }
}

/** SIGTERM to the group, SIGKILL if it is still there after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** Resolves when `url` answers at all, or fails with the process output once it exits or time runs out. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms:\n${started.output()}`)
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name may contain spaces and parentheses; the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return children
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match?.[1] ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Summed RSS of a process's descendants (the launcher itself left out with `includeRoot: false`). */
export function treeRss(root: number, { includeRoot = true } = {}): number {
  const children = childrenOf()
  const pids: number[] = includeRoot ? [root] : []
  const queue = [...(children.get(root) ?? [])]
  while (queue.length) {
    const pid = queue.shift() as number
    pids.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return pids.reduce((sum, pid) => sum + rssBytes(pid), 0)
}

/** Samples `treeRss` every `everyMs` until stopped; returns the peak. */
export function samplePeakRss(root: number, everyMs = 250) {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(root))), everyMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}
