import { defineConfig } from '@playwright/test'

import baseConfig from './playwright.config'

/**
 * The CSP and Observatory specs against the production request path: the built site behind the
 * script-hash CSP wrapper (e2e/support/csp-server.mjs), not a bare `next start`, whose headers()
 * policy still allows inline scripts. Port from E2E_CSP_PORT (default 3250).
 */
const port = Number(process.env.E2E_CSP_PORT ?? 3250)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  ...baseConfig,
  testMatch: ['csp.spec.ts', 'observatory.spec.ts'],
  reporter: [['list']],
  use: { ...baseConfig.use, baseURL },
  webServer: {
    command: 'rm -rf .data/e2e-csp && node e2e/support/csp-server.mjs',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), DATA_DIR: '.data/e2e-csp', LOG_LEVEL: 'warn' },
  },
})
