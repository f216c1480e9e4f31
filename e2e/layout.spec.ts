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

// The longest meta row: in a series ("Part 1 of 2"), and updated if one is.
const inSeries = published()
  .filter((a) => a.series)
  .sort((a, b) => Number(Boolean(b.updated)) - Number(Boolean(a.updated)))[0]!

/**
 * Each meta row (category, dates, reading time) as its visual lines, left to right: `'·'` for a
 * separator a reader can see, `'item'` for anything else. A separator counts as seen when it lies
 * inside what the row shows (rows may clip sideways); it may be an element of its own or an
 * item's `::before`.
 */
async function metaLines(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main p')].flatMap((row) => {
      const flex = [row, ...row.querySelectorAll('*')].find((el) =>
        getComputedStyle(el).display.includes('flex'),
      )
      if (!flex || !row.querySelector('time')) return []
      const clips = [row, flex].some((el) => /clip|hidden/.test(getComputedStyle(el).overflowX))
      const box = row.getBoundingClientRect()
      const visible = (x: number) => !clips || (x >= box.left && x <= box.right)
      const tokens: { kind: string; x: number; y: number }[] = []
      for (const child of flex.children) {
        const rect = child.getBoundingClientRect()
        const y = rect.top + rect.height / 2
        if (child.textContent?.trim() === '·') {
          if (visible(rect.left + rect.width / 2)) tokens.push({ kind: '·', x: rect.left, y })
          continue
        }
        const before = getComputedStyle(child, '::before')
        if (before.content.includes('·') && visible(rect.left + parseFloat(before.width) / 2))
          tokens.push({ kind: '·', x: rect.left - 1, y })
        tokens.push({ kind: 'item', x: rect.left, y })
      }
      const lines: { y: number; tokens: typeof tokens }[] = []
      for (const token of tokens) {
        const line = lines.find((l) => Math.abs(l.y - token.y) < 8)
        if (line) line.tokens.push(token)
        else lines.push({ y: token.y, tokens: [token] })
      }
      return [
        lines
          .sort((a, b) => a.y - b.y)
          .map((line) => line.tokens.sort((a, b) => a.x - b.x).map((token) => token.kind)),
      ]
    }),
  )
}

test('meta rows wrap without a separator at the end or the start of a line', async ({ page }) => {
  let wrapped = 0
  for (const path of ['/', `/articles/${inSeries.slug}`]) {
    await page.goto(path)
    for (const width of [320, 360, 390, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      for (const lines of await metaLines(page)) {
        if (lines.length > 1) wrapped++
        for (const line of lines) {
          const where = `${path} at ${width} px: ${line.join(' ')}`
          expect(line[0], where).toBe('item')
          expect(line.at(-1), where).toBe('item')
          expect(line.join(' '), where).not.toContain('item item')
          expect(line.join(' '), where).not.toContain('· ·')
        }
      }
    }
  }
  // The check means something only if some row did wrap.
  expect(wrapped).toBeGreaterThan(0)
})
