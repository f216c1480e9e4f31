import { expect, type Page } from '@playwright/test'

import { MIN_FILL_MS } from '../../lib/contact/fields'

export type ContactDetails = {
  name?: string
  email?: string
  company?: string
  need?: string
  message?: string
}

export const validMessage =
  'We run a two-year-old SaaS on a single Postgres instance and releases keep getting slower. Can you review the architecture?'

/** Opens the contact page as a distinct visitor (its own X-Forwarded-For behind the trusted proxy). */
export async function openContact(page: Page, ip: string, query = '') {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip })
  await page.goto(`/contact${query}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return Date.now()
}

export async function fillContact(page: Page, details: ContactDetails) {
  if (details.name !== undefined) await page.getByLabel('Name').fill(details.name)
  if (details.email !== undefined) await page.getByLabel('Email').fill(details.email)
  if (details.company !== undefined) await page.getByLabel('Company').fill(details.company)
  if (details.need !== undefined)
    await page.getByLabel('What do you need?').selectOption({ label: details.need })
  if (details.message !== undefined) await page.getByLabel('Message').fill(details.message)
}

/**
 * A person takes more than the minimum fill time; the server rejects faster forms as bots, so a
 * test that plays a person waits out what is left of it after the page was shown.
 */
export async function waitLikeAPerson(page: Page, shownAt: number) {
  const left = MIN_FILL_MS + 300 - (Date.now() - shownAt)
  if (left > 0) await page.waitForTimeout(left)
}
