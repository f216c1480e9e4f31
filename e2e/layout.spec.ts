import { expect, test, type Page } from '@playwright/test'

import { published } from './support/content'

// An article with a table of contents (three or more sections): it sits in the right margin on
// wide screens, the widest thing on any page.
const article = published().find((a) => (a.body.match(/^## /gm) ?? []).length >= 3)!

const pages = ['/', `/articles/${article.slug}`, '/contact', '/search?q=postgres']

// Phones, tablets, laptops and desktops, and both sides of the width at which the table of
// contents moves into the margin.
const widths = [320, 390, 768, 1024, 1280, 1343, 1344, 1366, 1440, 1920]

/** The widest classic scrollbar (Windows), and the least room to leave beside the window's edge. */
const SCROLLBAR = 17
const GUTTER = 8

async function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement
    return { clientWidth: root.clientWidth, scrollWidth: root.scrollWidth }
  })
}

// Each page loads once and is then resized: media queries and layout follow the window.
for (const path of pages) {
  test(`${path} never scrolls sideways, from a phone to a wide desktop`, async ({ page }) => {
    await page.goto(path)
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 })
      const { clientWidth, scrollWidth } = await sideways(page)
      expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(clientWidth)
    }
  })
}

test('the table of contents goes in the margin only where the margin holds it', async ({
  page,
}) => {
  const toc = page.getByRole('navigation', { name: 'On this page' })
  const body = page.locator('.prose')
  await page.goto(`/articles/${article.slug}`)
  for (const width of [1280, 1343, 1344, 1366, 1920, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    const box = (await toc.boundingBox())!
    const text = (await body.boundingBox())!
    if (width < 1344) {
      // Above the body.
      expect(box.y + box.height, `at ${width} px`).toBeLessThanOrEqual(text.y)
    } else {
      // Beside the body, whole, with a gutter before the window's edge, also where a classic
      // scrollbar takes 17 px of the window (headless Chromium draws none): the page, centred
      // in what is left, then moves left by half of it.
      expect(box.x, `at ${width} px`).toBeGreaterThanOrEqual(text.x + text.width)
      const right = box.x + box.width - SCROLLBAR / 2
      expect(right, `at ${width} px`).toBeLessThanOrEqual(width - SCROLLBAR - GUTTER)
    }
  }
})

test('/articles is the home page, which lists the articles', async ({ page }) => {
  const response = await page.goto('/articles')
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe('/')
})
