// `npm run lighthouse [-- --strict | --report-performance] [--url http://host:port] [--port 3300] [--runs 3]`
// Lighthouse (mobile preset) on the home page, an article with code and a table, and the contact
// page; the median of three runs per page by Performance score is what counts. Prints a table,
// writes bench/lighthouse.json, exits 1 when a median run misses the budget (see lighthouseBudget).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { slowdown, slowHostNote } from '@/lib/budget/host-speed'
import {
  budgetFailures,
  lighthouseBudget,
  type LighthouseBudget,
} from '@/lib/budget/lighthouse-budget'
import { summarizeRun, type RunSummary } from '@/lib/budget/lighthouse-summary'
import { medianBy } from '@/lib/budget/median'

import { ensureBuild } from './lib/ensure-build'
import { kib, table } from './lib/format'
import { machine as describeMachine } from './lib/machine'
import { startNextServer } from './lib/next-server'
import { codeAndTableArticles } from './lib/pick-article'
import { waitForQuietMachine } from './lib/quiet-machine'
import { killBrowsers, runLighthouse } from './lib/run-lighthouse.mjs'

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '3300' },
    runs: { type: 'string', default: '3' },
    strict: { type: 'boolean', default: false },
    // Performance printed and saved, not gated: CI's shared 2-core machine is too noisy for it.
    'report-performance': { type: 'boolean', default: false },
  },
})

async function articlePath(base: string): Promise<string> {
  // Scheduled or unpublished articles answer 404: take the first candidate the site serves.
  for (const slug of codeAndTableArticles()) {
    const path = `/articles/${slug}`
    if ((await fetch(new URL(path, base))).ok) return path
  }
  throw new Error('no published article has both a code block and a table')
}

/** Lighthouse's trace recording sometimes fails under load (NO_NAVSTART); it asks to be run again. */
async function measuredRun(url: string, attempts = 3): Promise<RunSummary> {
  for (let attempt = 1; ; attempt++) {
    const run = summarizeRun(await runLighthouse(url))
    if (!run.error || attempt === attempts) return run
    console.log(`${url}: ${run.error}; running again`)
  }
}

type Measured = Awaited<ReturnType<typeof measure>>

/** How often more a page that missed the budget while the machine was slowed is measured. */
const REMEASURES = 2

async function measure(base: string, path: string, runs: number) {
  const summaries: RunSummary[] = []
  for (let i = 1; i <= runs; i++) {
    const run = await measuredRun(new URL(path, base).href)
    console.log(
      `${path} run ${i}/${runs}: performance ${run.scores.performance}, TBT ${Math.round(run.tbtMs)} ms`,
    )
    summaries.push(run)
  }
  return { path, runs: summaries, median: medianBy(summaries, (run) => run.scores.performance) }
}

const indexes = (runs: readonly RunSummary[]) => runs.map((run) => run.benchmarkIndex)

/**
 * A shared machine is sometimes slowed for a stretch by work outside this run. A page that misses
 * the budget while its runs read a CPU benchmark index well below the rest of the session's (see
 * `slowdown`) is measured again once the machine is quiet, at most `REMEASURES` times, and the
 * last measurement counts. A page that misses on a machine as fast as during the other pages'
 * runs fails at once. Replaces entries of `pages`; returns the measurements it set aside, for
 * the record.
 */
async function remeasureSlowedMisses(base: string, pages: Measured[], budget: LighthouseBudget) {
  const setAside: (Measured & { pageIndex: number; sessionIndex: number })[] = []
  for (const [i, first] of pages.entries()) {
    let page = first
    for (let attempt = 1; attempt <= REMEASURES; attempt++) {
      if (budgetFailures(page.median, budget).length === 0) break
      const session = [...pages, ...setAside].flatMap((measured) => indexes(measured.runs))
      const { slowed, pageIndex, sessionIndex } = slowdown(indexes(page.runs), session)
      if (!slowed) break
      const index = `CPU index ${Math.round(pageIndex)} against ${Math.round(sessionIndex)}`
      console.log(
        `${page.path} missed the budget while the machine was slowed (${index} for the session): ` +
          'measuring it again.',
      )
      setAside.push({ ...page, pageIndex, sessionIndex })
      await waitForQuietMachine()
      page = await measure(base, page.path, Number(args.runs))
      pages[i] = page
    }
  }
  return setAside
}

function report(pages: readonly Measured[]) {
  const header = ['page', 'perf', 'a11y', 'bp', 'seo', 'LCP', 'CLS', 'TBT', 'transfer', 'CPU index']
  const rows = pages.map(({ path, median: m }) => [
    path,
    ...Object.values(m.scores).map(String),
    `${(m.lcpMs / 1000).toFixed(2)} s`,
    m.cls.toFixed(3),
    `${Math.round(m.tbtMs)} ms`,
    kib(m.transferBytes),
    // Lighthouse's measure of how fast this machine was at that moment: a busy one scores low.
    String(Math.round(m.benchmarkIndex)),
  ])
  console.log(
    `\nMedian of ${args.runs} runs per page (mobile preset)\n\n${table([header, ...rows])}\n`,
  )
}

async function main() {
  const budget = lighthouseBudget({
    strict: args.strict,
    gatePerformance: !args['report-performance'],
  })
  const started = Date.now()
  // Before the runs: the load other work puts on the machine, not the load Lighthouse adds.
  const machine = describeMachine()
  if (!args.url) ensureBuild()
  const server = args.url ? undefined : await startNextServer(Number(args.port))
  const base = args.url ?? server?.url ?? ''
  // The server and Chromium run in process groups of their own: stop them on Ctrl-C or a CI timeout too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.allSettled([killBrowsers(), server?.stop()]).finally(() => process.exit(130))
    })
  }
  try {
    // In CI this follows the end-to-end suite, whose tail may still hold the CPU.
    const settled = await waitForQuietMachine()
    console.log(
      settled.quiet
        ? `Machine quiet after ${settled.waitedMs / 1000} s.`
        : `Machine still busy after ${settled.waitedMs / 1000} s (CPU ${Math.round(settled.lastIdle * 100)} % idle): measuring anyway.`,
    )
    const paths = ['/', await articlePath(base), '/contact']
    const pages: Measured[] = []
    for (const path of paths) pages.push(await measure(base, path, Number(args.runs)))
    const remeasured = await remeasureSlowedMisses(base, pages, budget)
    report(pages)
    const hostNote = slowHostNote(pages.flatMap((page) => indexes(page.runs)))
    if (hostNote) console.log(`${hostNote}\n`)
    const results = pages.map((page) => ({
      ...page,
      failures: budgetFailures(page.median, budget),
    }))
    for (const { path, failures, median } of results) {
      if (failures.length === 0) continue
      console.log(`${path} misses the budget: ${failures.join('; ')}`)
      for (const audit of median.failingAudits)
        console.log(`  ${audit.category}: ${audit.id} (${audit.title}) ${audit.detail}`)
    }
    const passed = results.every((page) => page.failures.length === 0)
    mkdirSync('bench', { recursive: true })
    const seconds = Math.round((Date.now() - started) / 1000)
    const file = join('bench', 'lighthouse.json')
    const output = {
      date: new Date().toISOString(),
      seconds,
      machine,
      settled,
      hostNote,
      strict: args.strict,
      budget,
      passed,
      pages: results,
      remeasured,
    }
    writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`)
    console.log(`${passed ? 'Budget met' : 'Over budget'}; ${file} written in ${seconds} s.`)
    if (!passed) process.exitCode = 1
  } finally {
    await server?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
