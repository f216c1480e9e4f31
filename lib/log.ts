import 'server-only'
import pino from 'pino'

// Leads carry personal data: log ids and ip-hash prefixes, never bodies, emails or raw IPs.
// Redaction is a backstop for a field passed by mistake, not permission to pass one.
// `message` and `name` are redacted at the top level only, so `err.message` still reaches the log.
const REDACTED_PATHS = [
  'email',
  'name',
  'message',
  'company',
  'text',
  'html',
  'body',
  'ip',
  '*.email',
  '*.ip',
  '*.html',
  '*.text',
]

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
})

/** Enough of an ip hash to correlate log lines, too little to look up. */
export function hashPrefix(hash: string): string {
  return hash.slice(0, 12)
}
