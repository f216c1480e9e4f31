import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from '@/lib/db/data-dir'
import { log } from '@/lib/log'

export type SecretName = 'session' | 'ipHash' | 'form'

const ENV_NAMES: Record<SecretName, string> = {
  session: 'SESSION_SECRET',
  ipHash: 'IP_HASH_SECRET',
  form: 'FORM_SECRET',
}

let baseSecret: string | undefined

/**
 * The secret for one purpose: from its env var, else derived from a key generated once in
 * DATA_DIR/secret.key. Env vars are read on every call so a deploy can rotate them.
 */
export function getSecret(name: SecretName): string {
  const fromEnv = process.env[ENV_NAMES[name]]
  if (fromEnv) return fromEnv
  if (process.env.NODE_ENV === 'production' && process.env.DATABASE_URL) {
    // Several machines share one database; each would generate its own key and
    // reject the others' form tokens and hash the same IP differently.
    throw new Error(`${ENV_NAMES[name]} must be set in production when DATABASE_URL is set`)
  }
  baseSecret ??= loadOrCreateBaseSecret()
  return createHmac('sha256', baseSecret).update(`modder-coder:${name}`).digest('hex')
}

function loadOrCreateBaseSecret(): string {
  const file = path.join(dataDir(), 'secret.key')
  log.warn(
    { file },
    `${Object.values(ENV_NAMES).join(', ')} not all set: using the generated key in ${file}`,
  )
  try {
    return readSecretFile(file)
  } catch (error) {
    if (!isMissingFile(error)) throw error
  }
  // Write beside, then link: link fails if another process won the race, and nobody reads a half-written key.
  const temp = `${file}.${process.pid}.${Date.now()}`
  writeFileSync(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 })
  try {
    linkSync(temp, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temp)
  }
  return readSecretFile(file)
}

function readSecretFile(file: string): string {
  const secret = readFileSync(file, 'utf8').trim()
  if (secret.length < 32)
    throw new Error(`${file} is too short to be a secret; delete it to regenerate`)
  return secret
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
}
