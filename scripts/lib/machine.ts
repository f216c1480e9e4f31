// What a figure was measured on: a benchmark or a Lighthouse score means little without its machine.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

import { chromePath } from './chrome-path'

export type Machine = {
  cpu: string
  cores: number
  ramGb: number
  node: string
  os: string
  /** The Chromium that Lighthouse and the browser tests drive, when it is installed. */
  chromium?: string
  date: string
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAverage: number
  commit: string
}

function output(command: string, args: string[], cwd?: string): string | undefined {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return undefined
  }
}

function gitCommit(root: string): string {
  const commit = output('git', ['rev-parse', '--short', 'HEAD'], root)
  if (!commit) return 'unknown'
  return output('git', ['status', '--porcelain'], root) ? `${commit}+changes` : commit
}

export function machine(root = process.cwd()): Machine {
  const cpus = os.cpus()
  const browser = chromePath()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    chromium: browser ? output(browser, ['--version']) : undefined,
    date: new Date().toISOString(),
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    commit: gitCommit(root),
  }
}
