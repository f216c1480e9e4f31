// `npm run bench -- --only serve,nginx --duration 15 --count 1000`
export const PARTS = ['build', 'serve', 'nginx', 'contact'] as const
export type Part = (typeof PARTS)[number]

export type BenchArgs = { only: Part[]; count: number; durationSeconds: number; keep: boolean }

function isPart(value: string): value is Part {
  return (PARTS as readonly string[]).includes(value)
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { only: [...PARTS], count: 1000, durationSeconds: 15, keep: false }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1] ?? ''
    if (flag === '--keep') args.keep = true
    else if (flag === '--only') {
      const parts = value.split(',').filter(Boolean)
      const unknown = parts.filter((part) => !isPart(part))
      if (unknown.length)
        throw new Error(`--only: unknown part ${unknown.join(', ')} (${PARTS.join(', ')})`)
      args.only = parts.filter(isPart)
      i++
    } else if (flag === '--count' || flag === '--duration') {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number`)
      if (flag === '--count') args.count = n
      else args.durationSeconds = n
      i++
    } else throw new Error(`unknown flag ${flag}`)
  }
  return args
}
