// Cold builds in scratch copies of the repo (the real .next stays untouched): the sample library
// as the baseline, then the same plus a generated corpus. Every build waits for the shared build
// lock, so it never runs beside another worker's build; the wait is not counted.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BUILD_LOCK } from '../lib/ensure-build'

import { samplePeakRss, start } from './proc'

const CORPUS_SCRIPT = process.env.BENCH_CORPUS_SCRIPT ?? '/work/shared/bench/make-corpus.mjs'
const LEFT_OUT = new Set([
  'node_modules',
  '.next',
  '.contentlayer',
  '.data',
  '.git',
  'bench',
  'test-results',
  'playwright-report',
])

export type BuildRun = {
  articles: number
  routes: number
  ms: number
  msPerArticle: number
  peakRssMb: number
}

export type BuildResult = {
  baseline: BuildRun
  corpus: BuildRun
  /** What each generated article added to the build. */
  marginalMsPerArticle: number
}

/** A copy of the working tree; node_modules hard-linked, which is instant and takes no space. */
function scratchCopy(root: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'modder-bench-build-'))
  for (const entry of readdirSync(root)) {
    if (!LEFT_OUT.has(entry))
      cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true })
  }
  const linked = spawnSync('cp', [
    '-al',
    path.join(root, 'node_modules'),
    path.join(dir, 'node_modules'),
  ])
  if (linked.status !== 0)
    throw new Error(`cp -al node_modules failed: ${linked.stderr.toString()}`)
  return dir
}

function addCorpus(dir: string, count: number) {
  const categories = readdirSync(path.join(dir, 'content/categories')).map((file) =>
    file.replace(/\.mdx$/, ''),
  )
  const args = [
    CORPUS_SCRIPT,
    '--out',
    path.join(dir, 'content/articles'),
    '--count',
    String(count),
    '--categories',
    categories.join(','),
  ]
  const made = spawnSync(process.execPath, args)
  if (made.status !== 0) throw new Error(`make-corpus failed: ${made.stderr.toString()}`)
}

async function coldBuild(dir: string): Promise<Omit<BuildRun, 'msPerArticle'>> {
  // The marker line says the lock is held: the clock starts there, not while waiting for it.
  const build = start('flock', [BUILD_LOCK, 'sh', '-c', 'echo "@@locked"; exec npm run build'], {
    cwd: dir,
  })
  let startedAt = 0
  build.child.stdout?.on('data', (chunk: Buffer) => {
    if (!startedAt && chunk.toString().includes('@@locked')) startedAt = performance.now()
  })
  const stopSampling = samplePeakRss(build.child.pid as number)
  const code = await new Promise<number | null>((resolve) => build.child.once('exit', resolve))
  const ms = Math.round(performance.now() - startedAt)
  const peak = stopSampling()
  if (code !== 0) throw new Error(`build in ${dir} failed:\n${build.output()}`)
  const manifest = JSON.parse(
    readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8'),
  ) as { routes: object }
  const articles = readdirSync(path.join(dir, 'content/articles')).filter((file) =>
    file.endsWith('.mdx'),
  ).length
  return {
    articles,
    routes: Object.keys(manifest.routes).length,
    ms,
    peakRssMb: Math.round(peak / 1024 / 1024),
  }
}

async function measuredBuild(root: string, corpus: number, keep: boolean): Promise<BuildRun> {
  const dir = scratchCopy(root)
  try {
    if (corpus > 0) addCorpus(dir, corpus)
    const run = await coldBuild(dir)
    return { ...run, msPerArticle: Math.round(run.ms / run.articles) }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchBuild(root: string, count: number, keep = false): Promise<BuildResult> {
  const baseline = await measuredBuild(root, 0, keep)
  const corpus = await measuredBuild(root, count, keep)
  return {
    baseline,
    corpus,
    marginalMsPerArticle: Math.round(
      (corpus.ms - baseline.ms) / (corpus.articles - baseline.articles),
    ),
  }
}
