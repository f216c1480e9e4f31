import { expect, test, type Page } from '@playwright/test'

import { published } from './support/content'
import { untilNextStarted } from './support/hydration'

/**
 * Records `data-theme` on <html> at the moment <body> first exists, before anything in it can
 * paint: what the reader sees first. A theme set later (by React, say) would flash.
 */
async function recordThemeAtFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      ;(window as unknown as { themeAtBody?: string | null }).themeAtBody =
        document.documentElement.getAttribute('data-theme')
    }
    new MutationObserver((_, observer) => {
      if (document.body) {
        record()
        observer.disconnect()
      }
    }).observe(document, { childList: true, subtree: true })
  })
}

const themeAtBody = (page: Page) =>
  page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody)

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' })

test.describe('with a system in dark mode', () => {
  test.use({ colorScheme: 'dark' })

  test('the first paint is already dark, with code in its dark colours', async ({ page }) => {
    await recordThemeAtFirstPaint(page)
    const article = published().find((a) => a.body.includes('```ts'))!
    await page.goto(`/articles/${article.slug}`)
    expect(await themeAtBody(page)).toBe('dark')
    expect(await background(page)).toBe('rgb(15, 17, 21)')
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true')
    const token = page.locator('.prose pre span[style*="--shiki-dark"]').first()
    const colours = await token.evaluate((element) => ({
      shown: getComputedStyle(element).color,
      dark: element.style.getPropertyValue('--shiki-dark'),
    }))
    const probe = await page.evaluate((hex) => {
      const element = document.createElement('span')
      element.style.color = hex
      document.body.append(element)
      return getComputedStyle(element).color
    }, colours.dark)
    expect(colours.shown).toBe(probe)
  })
})

test.describe('with a system in light mode', () => {
  test.use({ colorScheme: 'light' })

  test('the toggle switches to dark, and the choice survives a reload with no flash', async ({
    page,
  }) => {
    await recordThemeAtFirstPaint(page)
    await page.goto('/')
    expect(await themeAtBody(page)).toBe('light')
    expect(await background(page)).toBe('rgb(255, 255, 255)')
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false')

    await untilNextStarted(page)
    await toggle(page).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true')

    await page.reload()
    expect(await themeAtBody(page)).toBe('dark')
    await page.goto('/contact')
    expect(await themeAtBody(page)).toBe('dark')

    await untilNextStarted(page)
    await toggle(page).click()
    await page.reload()
    expect(await themeAtBody(page)).toBe('light')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' })

  test('the system theme still applies, and no dead toggle is shown', async ({ page }) => {
    await page.goto('/')
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull()
    await expect(toggle(page)).toBeHidden()
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(15, 17, 21)')
    await expect(page.locator('html')).toHaveCSS('color', 'rgb(233, 235, 239)')
  })
})
