import { expect, type Page } from '@playwright/test'

/**
 * Waits until Next has started on the page. Its startup scripts are requested only once the page
 * is parsed and a frame rendered (lib/server/paint-first.mjs), which can be after the load event
 * `page.goto` waits for; Next announces itself on `window.next` as it starts hydrating.
 */
export async function untilNextStarted(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true)
}
