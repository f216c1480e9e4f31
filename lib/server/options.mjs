// @ts-check
import { parseArgs } from 'node:util'

import { parseTrustProxy } from './forwarded.mjs'

/**
 * @typedef {{ port: number, hostname: string | undefined, trustProxy: number, pageCacheMs: number }} ServerOptions
 */

/**
 * Where to listen and whom to trust, from the same flags `next start` takes
 * (`--port/-p`, `--hostname/-H`) and then PORT, HOSTNAME, TRUST_PROXY and PAGE_CACHE_MS, so scripts and
 * process managers written for `next start` keep working.
 * @param {string[]} argv the arguments after the script
 * @param {Record<string, string | undefined>} env
 * @returns {ServerOptions}
 */
export function serverOptions(argv, env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
    },
    strict: true,
  })
  const port = Number(values.port ?? env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`Invalid port: ${values.port ?? env.PORT}`)
  }
  return {
    port,
    hostname: values.hostname ?? env.HOSTNAME ?? undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    pageCacheMs: parsePageCacheMs(env.PAGE_CACHE_MS),
  }
}

/** How long a shareable page is served from memory (lib/server/micro-cache.mjs); 0 turns it off. */
export const DEFAULT_PAGE_CACHE_MS = 1000

/** @param {string | undefined} value */
function parsePageCacheMs(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_PAGE_CACHE_MS
  const ms = Number(value)
  // More than a minute would outlast the pages' own revalidation interval.
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) {
    throw new Error(`Invalid PAGE_CACHE_MS: ${value} (whole milliseconds, 0 to 60000)`)
  }
  return ms
}
