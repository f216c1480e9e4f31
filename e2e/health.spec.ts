import { expect, test } from '@playwright/test'

test('/api/health reports the database, its migrations and the outbox backlog', async ({
  request,
}) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toContain('no-store')
  const health = await response.json()
  expect(health).toMatchObject({
    status: 'ok',
    database: { dialect: 'sqlite' },
    migrations: { pending: [] },
    outbox: { due: expect.any(Number), retrying: expect.any(Number), dead: expect.any(Number) },
  })
  expect(health.database.latencyMs).toBeGreaterThanOrEqual(0)
})
