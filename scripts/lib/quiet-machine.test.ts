import { cpus } from 'node:os'

import { describe, expect, it } from 'vitest'

import { idleShare, parseProcStat, waitForQuietMachine } from './quiet-machine'

/** A machine whose idle share over each sample follows `shares`, then stays at the last one. */
function machine(shares: number[]) {
  let i = 0
  return async () => shares[Math.min(i++, shares.length - 1)]!
}

describe('waitForQuietMachine', () => {
  it('waits for enough quiet samples in a row, starting over after a busy one', async () => {
    const result = await waitForQuietMachine({
      quietSamples: 3,
      sample: machine([0.2, 0.95, 0.95, 0.5, 0.92, 0.97, 0.99, 0.1]),
    })
    expect(result).toEqual({ quiet: true, waitedMs: 7000, lastIdle: 0.99 })
  })

  it('gives up at the limit on a machine that stays busy, and says so', async () => {
    const result = await waitForQuietMachine({ maxMs: 10_000, sample: machine([0.4]) })
    expect(result).toEqual({ quiet: false, waitedMs: 10_000, lastIdle: 0.4 })
  })

  it('reads a busy core from the real counters', async () => {
    // One core spins for 250 of the 300 ms: at least half a core's share of the time is not idle.
    const spin = (ms: number) => {
      const end = Date.now() + ms
      while (Date.now() < end);
    }
    const measured = idleShare(300)
    spin(250)
    expect(await measured).toBeLessThan(1 - 0.5 / cpus().length)
  })
})

describe('parseProcStat', () => {
  // Read off this project's tenth machine (a Firecracker VM) on 2026-12-07.
  const stat = [
    'cpu  270292 15408 57487 316168 3547 0 2340 8591 0 0',
    'cpu0 131977 7810 27169 164034 562 0 940 4236 0 0',
    'intr 1 2 3',
  ].join('\n')

  it('counts time stolen by the hypervisor as busy and time waiting for the disk as idle', () => {
    expect(parseProcStat(stat)).toEqual({
      idle: 316168 + 3547,
      all: 270292 + 15408 + 57487 + 316168 + 3547 + 0 + 2340 + 8591,
    })
  })

  it('reads an older kernel without the steal column', () => {
    expect(parseProcStat('cpu  10 0 5 85\n')).toEqual({ idle: 85, all: 100 })
  })

  it('gives up on text that is not /proc/stat', () => {
    expect(parseProcStat('')).toBeUndefined()
    expect(parseProcStat('cpu0 1 2 3 4\n')).toBeUndefined()
  })
})
