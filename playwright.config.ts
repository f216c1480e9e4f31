import { existsSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

import {
  BASE_URL as baseURL,
  E2E_ADMIN_PASSWORD,
  E2E_DATA_DIR,
  E2E_PREVIEW_SECRET,
  MAIL_HTTP_PORT,
  MAIL_SMTP_PORT,
  PORT,
} from './e2e/support/env'

/** The system Chromium where there is one (CI, this machine); Playwright's own download on a laptop. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[]
  return candidates.find((path) => existsSync(path))
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // The machine has no route to Google's update and sync hosts; these keep Chromium quiet about it.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: 'tsx e2e/support/mail-sink.ts',
      url: `http://127.0.0.1:${MAIL_HTTP_PORT}/`,
      reuseExistingServer: false,
      env: {
        MAIL_SINK_SMTP_PORT: String(MAIL_SMTP_PORT),
        MAIL_SINK_HTTP_PORT: String(MAIL_HTTP_PORT),
      },
    },
    {
      // A fresh database each run, so what a test finds there is what the suite put there.
      command: `rm -rf ${E2E_DATA_DIR} && npm start -- --port ${PORT} --hostname 127.0.0.1`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000',
        DATA_DIR: E2E_DATA_DIR,
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        CONTACT_TO: 'team@moddercoder.test',
        CONTACT_FROM: 'Modder Coder <site@moddercoder.test>',
        ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
        PREVIEW_SECRET: E2E_PREVIEW_SECRET,
        // Tests act as distinct visitors behind one proxy, each with its own X-Forwarded-For.
        TRUST_PROXY: '1',
        LOG_LEVEL: 'warn',
      },
    },
  ],
})
