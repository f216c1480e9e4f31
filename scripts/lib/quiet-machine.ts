import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

export type CpuTimes = { idle: number; all: number }

/**
 * Idle and total time of all cores from the first line of Linux's /proc/stat (user, nice, system,
 * idle, iowait, irq, softirq, steal; guest time is already inside user). Steal is time the
 * hypervisor gave this VM's CPUs to another machine: on a shared VM it is busy time that
 * `os.cpus()` leaves out, so an idle guest on a contended host would read as quiet.
 */
export function parseProcStat(text: string): CpuTimes | undefined {
  const fields = /^cpu +([\d ]+)/.exec(text)?.[1]?.trim().split(/\s+/).map(Number)
  if (!fields || fields.length < 4) return undefined
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    fields
  return { idle: idle + iowait, all: user + nice + system + idle + iowait + irq + softirq + steal }
}

function cpuTimes(): CpuTimes {
  try {
    const times = parseProcStat(readFileSync('/proc/stat', 'utf8'))
    if (times) return times
  } catch {
    // Not Linux: the portable counters, without steal time.
  }
  return cpus().reduce(
    (sum, { times }) => {
      sum.idle += times.idle
      sum.all += times.user + times.nice + times.sys + times.idle + times.irq
      return sum
    },
    { idle: 0, all: 0 },
  )
}

/** Idle share of all cores' time over `ms`, counting time stolen by the hypervisor as busy. */
export async function idleShare(ms: number): Promise<number> {
  const before = cpuTimes()
  await sleep(ms)
  const after = cpuTimes()
  const all = after.all - before.all
  return all > 0 ? (after.idle - before.idle) / all : 1
}

export type QuietResult = { quiet: boolean; waitedMs: number; lastIdle: number }

/**
 * Waits until the machine's other work has died down: `quietSamples` one-second samples in a row
 * with at least `minIdle` of the CPU idle, for at most `maxMs`. A Lighthouse run right after a
 * test suite could otherwise measure its tail (browsers and servers stopping, PostgreSQL vacuuming
 * what the load tests wrote): the page's main thread would compete for two cores, and Lighthouse's
 * simulation multiplies every millisecond it waits by four. (In CI on 2026-11-27 the CPU was
 * already idle 6 s after the suite, though the load average read 13: it lags.) Gives up at
 * `maxMs` and says so; the caller measures anyway and reports it.
 */
export async function waitForQuietMachine({
  minIdle = 0.9,
  quietSamples = 5,
  maxMs = 120_000,
  sampleMs = 1000,
  sample = idleShare,
}: {
  minIdle?: number
  quietSamples?: number
  maxMs?: number
  sampleMs?: number
  sample?: (ms: number) => Promise<number>
} = {}): Promise<QuietResult> {
  let waitedMs = 0
  let inRow = 0
  let lastIdle = 0
  while (waitedMs < maxMs) {
    lastIdle = await sample(sampleMs)
    waitedMs += sampleMs
    inRow = lastIdle >= minIdle ? inRow + 1 : 0
    if (inRow >= quietSamples) return { quiet: true, waitedMs, lastIdle }
  }
  return { quiet: false, waitedMs, lastIdle }
}
