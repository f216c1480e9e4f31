/** Ports, paths and secrets of the browser suite's own servers; shared by the config and the tests. */
export const PORT = Number(process.env.E2E_PORT ?? 3100)
export const BASE_URL = `http://127.0.0.1:${PORT}`
export const MAIL_SMTP_PORT = PORT + 2
export const MAIL_HTTP_PORT = PORT + 3
export const E2E_DATA_DIR = '.data/e2e'
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-not-secret'
export const E2E_PREVIEW_SECRET = 'e2e-preview-secret-not-secret-at-all'
/** The scheduling test runs its own server, with a clock it moves, on this port. */
export const CLOCK_PORT = PORT + 20

/** The resilience specs' own servers, clear of the ports above; one per test so they can run in parallel. */
export const RESILIENCE_PORTS = {
  loadSqlite: PORT + 10,
  loadPostgres: PORT + 11,
  crash: PORT + 12,
  smtpOutage: PORT + 13,
  hostile: PORT + 14,
  crashPostgres: PORT + 15,
} as const
