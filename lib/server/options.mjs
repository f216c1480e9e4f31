// @ts-check
import { parseArgs } from 'node:util'

import { parseTrustProxy } from './forwarded.mjs'

/**
 * @typedef {{ port: number, hostname: string | undefined, trustProxy: number }} ServerOptions
 */

/**
 * Where to listen and whom to trust, from the same flags `next start` takes
 * (`--port/-p`, `--hostname/-H`) and then PORT, HOSTNAME and TRUST_PROXY, so scripts and
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
  }
}
