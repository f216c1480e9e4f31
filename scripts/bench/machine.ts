// What the figures were measured on; a figure without its machine means little.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

export type Machine = {
  cpu: string
  cores: number
  ramGb: number
  node: string
  os: string
  date: string
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAverage: number
  commit: string
}

function gitCommit(root: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
      .toString()
      .trim()
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString().trim()
    return dirty ? `${commit}+changes` : commit
  } catch {
    return 'unknown'
  }
}

export function machine(root: string): Machine {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    commit: gitCommit(root),
  }
}
