// Tests lib/secrets.ts; it lives here because the contact pipeline is its consumer and this
// suite runs with the other contact tests.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

let dataDir: string

// A fresh module instance stands in for a restarted process.
async function freshSecrets() {
  vi.resetModules()
  return import('@/lib/secrets')
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'modder-secrets-'))
  vi.stubEnv('DATA_DIR', dataDir)
  vi.stubEnv('SESSION_SECRET', '')
  vi.stubEnv('IP_HASH_SECRET', '')
  vi.stubEnv('FORM_SECRET', '')
  vi.stubEnv('DATABASE_URL', '')
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(dataDir, { recursive: true, force: true })
})

describe('secrets', () => {
  it('uses the environment variable when it is set', async () => {
    vi.stubEnv('IP_HASH_SECRET', 'from-the-environment')
    const { getSecret } = await freshSecrets()
    expect(getSecret('ipHash')).toBe('from-the-environment')
  })

  it('generates one private key file and derives a different secret per purpose', async () => {
    const { getSecret } = await freshSecrets()
    const secrets = [getSecret('session'), getSecret('ipHash'), getSecret('form')]

    expect(new Set(secrets).size).toBe(3)
    const file = path.join(dataDir, 'secret.key')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    const base = (await readFile(file, 'utf8')).trim()
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(secrets).not.toContain(base)
  })

  it('derives the same secrets after a restart', async () => {
    const before = (await freshSecrets()).getSecret('form')
    expect((await freshSecrets()).getSecret('form')).toBe(before)
  })

  it('refuses to generate one in production with a shared database', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('DATABASE_URL', 'postgres://db.internal/site')
    const { getSecret } = await freshSecrets()
    expect(() => getSecret('session')).toThrow('SESSION_SECRET must be set in production')
  })
})
