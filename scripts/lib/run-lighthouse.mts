// One Lighthouse run in a fresh headless Chromium: the default config is the mobile preset
// (Moto G Power viewport, simulated slow 4G and 4× CPU slowdown).
// An ES module (.mts), so Node loads Lighthouse as it ships: compiled to CommonJS by tsx it gains
// `__name` helpers, and the functions Lighthouse sends into the page then fail there.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CATEGORIES } from '@/lib/budget/lighthouse-summary'

import { chromePath } from './chrome-path'

// Browser work that has nothing to do with the page under test but runs while it is measured; on a
// 2-core machine it competes with the page's main thread, and Lighthouse's simulation multiplies
// every millisecond the main thread is kept waiting by four. chrome-launcher turns off other such
// features (Translate, OptimizationHints, …) for the same reason; Chromium takes only the last
// --disable-features switch, so these join its list instead of adding a second one.
// - WebUIOmniboxPopup, WebUIOmniboxAimPopup: Chromium 156 (seen in 156.0.8078.108) preloads the
//   omnibox popup's WebUI pages (chrome://omnibox-popup.top-chrome/, ~20 scripts) at every launch,
//   even headless.
// - SpareRendererForSitePerProcess: once the page's renderer is in use, Chromium starts a spare
//   renderer process for the next navigation, so that process boots while the page loads.
const UNRELATED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'SpareRendererForSitePerProcess',
]

// Headless Chromium under Lighthouse's mobile emulation draws overlay scrollbars, and flashes one
// (a ~300 ms fade-out) as a long page's height grows while it loads: some twenty extra frames, each
// composited, rastered and screenshotted by the trace while the page's scripts run. Puppeteer and
// Playwright launch headless Chromium with this switch by default; the page is the same.
const HEADLESS_SWITCHES = ['--headless=new', '--hide-scrollbars']

export function chromeFlags(): string[] {
  const flags = chromeLauncher.Launcher.defaultFlags().map((flag) =>
    flag.startsWith('--disable-features=') ? `${flag},${UNRELATED_FEATURES.join(',')}` : flag,
  )
  if (!flags.some((flag) => flag.startsWith('--disable-features='))) {
    flags.push(`--disable-features=${UNRELATED_FEATURES.join(',')}`)
  }
  // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return [...flags, ...HEADLESS_SWITCHES, '--no-sandbox']
}

export async function runLighthouse(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    ignoreDefaultFlags: true,
    chromeFlags: chromeFlags(),
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
