import { expect, test } from '@playwright/test'

import { published } from './support/content'
import { untilNextStarted } from './support/hydration'

// Pages paint before Next's startup scripts load (lib/server/paint-first.mjs): the HTML is the
// whole page, and the framework hydrates it once the page is parsed and a frame later, instead of
// delaying the frames that show it.

for (const path of ['/', `/articles/${published()[0]!.slug}`, '/contact']) {
  test(`${path}: the page is parsed and a frame rendered before any startup script is requested`, async ({
    page,
    request,
  }) => {
    const html = await (await request.get(path)).text()
    expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]+" async="">/)

    // The first animation frame callback runs in the first frame the page can render, the one
    // whose paint a startup script would otherwise delay. (The paint timing entries are stamped
    // when the frame reaches the screen, after the compositor's work: too late a marker.)
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        ;(window as unknown as { firstFrame: number }).firstFrame = performance.now()
      })
    })
    await page.goto(path)
    // The framework still starts.
    await untilNextStarted(page)
    const timings = await page.evaluate(() => ({
      frame: (window as unknown as { firstFrame?: number }).firstFrame,
      paint: performance.getEntriesByName('first-paint')[0]?.startTime,
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
        .filter((entry) => /\/_next\/static\/.+\.js$/.test(entry.name))
        .map((entry) => ({ url: entry.name, start: entry.startTime })),
    }))
    expect(timings.frame).toBeGreaterThan(0)
    expect(timings.paint).toBeGreaterThanOrEqual(timings.frame!)
    expect(timings.scripts.length).toBeGreaterThan(3)
    expect(timings.parsed).toBeGreaterThan(0)
    for (const script of timings.scripts) {
      expect(script.start, script.url).toBeGreaterThan(timings.frame!)
      // A long page may show its header in a first frame before the rest is parsed: scripts that
      // started then could run before the frame with the article's text.
      expect(script.start, script.url).toBeGreaterThan(timings.parsed)
    }
  })
}
