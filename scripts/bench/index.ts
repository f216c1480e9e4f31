// `npm run bench`: build, serving, nginx front and contact figures in one run; prints a table and
// writes bench/results.json. Not part of `npm test`: it needs minutes, the whole machine and nginx.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ensureBuild } from '../lib/ensure-build'

import { parseArgs } from './args'
import { benchBuild } from './build'
import { benchContact, CONTACT_CONCURRENCY } from './contact'
import { machine } from '../lib/machine'
import { table, type Results } from './report'
import { benchNginx, benchServe, type Ports } from './serve'

const root = path.resolve(import.meta.dirname, '../..')
// This worker's range; override with BENCH_PORT_BASE (site, static, contact) and BENCH_NGINX_PORT_BASE.
const base = Number(process.env.BENCH_PORT_BASE ?? 3360)
const nginxBase = Number(process.env.BENCH_NGINX_PORT_BASE ?? 3390)
const ports: Ports = {
  site: base,
  staticServer: base + 1,
  nginxFront: nginxBase,
  nginxFile: nginxBase + 1,
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const seconds = args.durationSeconds
  const results: Results = {
    machine: machine(root),
    settings: {
      durationSeconds: seconds,
      connections: 50,
      contactConcurrency: CONTACT_CONCURRENCY,
    },
  }
  const step = (name: string) => console.error(`bench: ${name}…`)
  if (args.only.includes('build')) {
    step(`build (sample library, then + ${args.count} articles)`)
    results.settings.count = args.count
    results.build = await benchBuild(root, args.count, args.keep)
  }
  // Serving and contact runs measure this checkout's own build.
  if (args.only.some((part) => part !== 'build')) ensureBuild(root)
  if (args.only.includes('serve')) {
    step('serve (npm start, static Node server)')
    results.serve = await benchServe(root, ports, seconds)
  }
  if (args.only.includes('nginx')) {
    step('nginx (plain file, caching front)')
    results.nginx = await benchNginx(root, ports, seconds)
  }
  if (args.only.includes('contact')) {
    results.contact = []
    for (const dialect of ['sqlite', 'postgres'] as const) {
      step(`contact on ${dialect}`)
      results.contact.push(await benchContact(root, base + 2, dialect, seconds))
    }
  }
  mkdirSync(path.join(root, 'bench'), { recursive: true })
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(table(results))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
