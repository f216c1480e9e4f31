import { expect, test, type Page } from '@playwright/test'

import { fillContact, openContact, waitLikeAPerson } from './support/contact-form'
import { E2E_ADMIN_PASSWORD } from './support/env'
import { inquiriesFor, visitor } from './support/inquiries'

async function signIn(page: Page, ip: string, password = E2E_ADMIN_PASSWORD) {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip })
  await page.goto('/admin/sign-in')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function submitInquiry(
  page: Page,
  details: { name: string; email: string; ip: string; message: string },
) {
  const shownAt = await openContact(page, details.ip)
  await fillContact(page, details)
  await waitLikeAPerson(page, shownAt)
  await page.getByRole('button', { name: 'Send message' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible()
}

test('the inbox refuses visitors who have not signed in', async ({ page, request }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/sign-in$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to the team inbox' }),
  ).toBeVisible()
  const csv = await request.get('/admin/export', { maxRedirects: 0 })
  expect(csv.status()).toBeGreaterThanOrEqual(300)
  expect(csv.status()).toBeLessThan(400)
  expect(await csv.text()).not.toContain('@example.com')
})

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, visitor('wrong-password').ip, 'not the password')
  await expect(page.getByRole('status')).toContainText('That password is not right.')
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true')
  await expect(page).toHaveURL(/\/admin\/sign-in$/)
})

test('an inquiry appears in the inbox, hostile text shows as text, and it can be handled and exported', async ({
  page,
  context,
}) => {
  const who = visitor('inbox')
  const hostileName = '<img src=x onerror="window.__pwned=1">'
  const hostileMessage =
    'Hello <script>window.__pwned=1</script> we need a review of our billing service.'
  await submitInquiry(page, {
    name: hostileName,
    email: who.email,
    ip: who.ip,
    message: hostileMessage,
  })
  const [stored] = inquiriesFor(who.email)
  expect(stored?.status).toBe('new')

  await signIn(page, visitor('admin').ip)
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: who.email })
  await expect(row).toContainText(hostileName)
  await row.getByRole('link', { name: hostileName }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Inquiry from ${hostileName}`)
  await expect(page.getByText(hostileMessage)).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
  await expect(page.locator('main img[src="x"]')).toHaveCount(0)

  await page.getByRole('button', { name: 'Mark handled' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Marked as handled.' })).toBeVisible()
  expect(inquiriesFor(who.email)[0]?.status).toBe('handled')

  await page.getByRole('link', { name: 'Back to inbox' }).click()
  await page
    .getByRole('navigation', { name: 'Filter by status' })
    .getByRole('link', { name: 'Handled', exact: true })
    .click()
  await expect(page.getByRole('row').filter({ hasText: who.email })).toBeVisible()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await context.request.get('/admin/export')
  expect(csv.headers()['content-type']).toContain('text/csv')
  const body = await csv.text()
  expect(body).toContain(who.email)
  expect(body).toContain('handled')

  await page.goto('/admin')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/admin\/sign-in$/)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/sign-in$/)
})
