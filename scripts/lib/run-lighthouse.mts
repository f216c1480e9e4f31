// One Lighthouse run in a fresh headless Chromium: the default config is the mobile preset
// (Moto G Power viewport, simulated slow 4G and 4× CPU slowdown).
// An ES module (.mts), so Node loads Lighthouse as it ships: compiled to CommonJS by tsx it gains
// `__name` helpers, and the functions Lighthouse sends into the page then fail there.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CATEGORIES } from '@/lib/budget/lighthouse-summary'

import { chromePath } from './chrome-path'

export async function runLighthouse(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
    chromeFlags: ['--headless=new', '--no-sandbox'],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    return result.lhr
  } finally {
    await chrome.kill()
  }
}

/** Every Chromium this process launched: for a signal that cuts a run short of its `finally`. */
export async function killBrowsers(): Promise<void> {
  await chromeLauncher.killAll()
}
