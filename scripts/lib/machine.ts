import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

import { chromePath } from './chrome-path'

function chromiumVersion(): string | undefined {
  const path = chromePath()
  if (!path) return undefined
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return undefined
  }
}

/** Where a figure was measured: Lighthouse's lab numbers mean little without it. */
export function machineInfo() {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
    node: process.version,
    chromium: chromiumVersion(),
  }
}
