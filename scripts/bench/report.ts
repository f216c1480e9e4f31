// The printed table: one row per measurement, figures only, the details live in results.json.
import type { BuildResult } from './build'
import type { ContactResult } from './contact'
import type { LoadResult } from './load'
import type { Machine } from '../lib/machine'
import type { NginxResult, ServeResult } from './serve'

export type Results = {
  machine: Machine
  settings: {
    durationSeconds: number
    connections: number
    count?: number
    contactConcurrency: number
  }
  build?: BuildResult
  serve?: ServeResult
  nginx?: NginxResult
  contact?: ContactResult[]
}

type Row = [string, string, string]

const n = (value: number) => value.toLocaleString('en-US')
const loadRow = (name: string, r: LoadResult, note = ''): Row => [
  name,
  `${n(r.requestsPerSecond)} req/s`,
  `p99 ${r.p99Ms} ms${r.errors + r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}${note}`,
]

function rows(results: Results): Row[] {
  const out: Row[] = []
  const { build, serve, nginx, contact } = results
  if (build) {
    for (const [name, run] of [
      ['sample library', build.baseline],
      ['with corpus', build.corpus],
    ] as const)
      out.push([
        `build: ${name} (${run.articles} articles, ${run.routes} routes)`,
        `${n(run.ms)} ms`,
        `${run.msPerArticle} ms/article, peak RSS ${run.peakRssMb} MB`,
      ])
    out.push(['build: each added article', `${build.marginalMsPerArticle} ms`, ''])
  }
  if (serve) {
    out.push(
      loadRow(
        `npm start ${serve.article}`,
        serve.next,
        `, RSS ${serve.rssIdleMb} → ${serve.rssAfterLoadMb} MB`,
      ),
    )
    out.push(
      loadRow(
        'npm start, PAGE_CACHE_MS=0',
        serve.nextUncached,
        `, every request through Next, ratio ${serve.uncachedToStatic}`,
      ),
    )
    out.push(
      loadRow('static Node server, same HTML', serve.staticNode, `, ratio ${serve.nextToStatic}`),
    )
  }
  if (nginx) {
    out.push(loadRow('nginx, plain HTML file', nginx.nginxFile))
    out.push(
      loadRow(
        `nginx caching front (${nginx.cacheStatus})`,
        nginx.nginxFront,
        `, ${Math.round(nginx.frontToFile * 100)}% of plain file, headers lost: ${nginx.headersLost.join(' ') || 'none'}`,
      ),
    )
  }
  for (const c of contact ?? []) {
    const delivered = `${c.storedInquiries}/${c.expected} stored, ${c.emailsReceived}/${c.expected} mailed`
    out.push([
      `contact on ${c.dialect} (${c.submissions} submissions)`,
      `${c.submissionsPerSecond}/s`,
      `p99 ${c.p99Ms} ms, ${delivered}, RSS ${c.rssIdleMb} → ${c.rssAfterLoadMb} MB`,
    ])
  }
  return out
}

export function table(results: Results): string {
  const all: Row[] = [['measurement', 'result', 'details'], ...rows(results)]
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((row) => row[i]?.length ?? 0)))
  const line = (row: Row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const { machine: m } = results
  const header = `${m.cpu}, ${m.cores} cores, ${m.ramGb} GB, Node ${m.node}, ${m.date.slice(0, 10)}, ${m.commit}, load average ${m.loadAverage} at start`
  return [header, '', line(all[0] as Row), ...all.slice(1).map(line)].join('\n')
}
