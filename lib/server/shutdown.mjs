// @ts-check

/** Past this, a request still running is abandoned rather than holding up a deploy. */
const GRACE_MS = 10_000

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish (idle
 * keep-alive connections are closed now, busy ones when their response ends), then run `cleanup`
 * and exit. A second signal, or the grace period running out, exits at once.
 * @param {import('node:http').Server} server
 * @param {{ cleanup?: () => Promise<void>, graceMs?: number, log?: (line: string) => void }} [options]
 */
export function closeGracefullyOnSignals(server, options = {}) {
  const { cleanup = async () => {}, graceMs = GRACE_MS, log = console.log } = options
  let closing = false
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    if (closing) process.exit(1)
    closing = true
    log(`${signal}: finishing requests in flight, then exiting`)
    setTimeout(() => process.exit(1), graceMs).unref()
    server.close(() => {
      cleanup().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
