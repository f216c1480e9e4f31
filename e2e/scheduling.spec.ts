import { expect, test, type APIRequestContext } from '@playwright/test'

import { markdownToText } from '../lib/search/markdown-text'

import { ClockedSite } from './support/clocked-site'
import { published, scheduled, type SourceArticle } from './support/content'

// The article under test: one the sample content really schedules, else the newest published one,
// which is just as scheduled to a clock set before its date.
const article: SourceArticle = scheduled()[0] ?? published()[0]!
const midnight = new Date(`${article.date}T00:00:00Z`)
const dayBefore = new Date(midnight.getTime() - 12 * 60 * 60 * 1000)
const site = new ClockedSite()

/** A word of the body a reader might search for: the longest plain word of its prose. */
const bodyWord = markdownToText(article.body)
  .split(/[^A-Za-z]+/)
  .filter((word) => word.length >= 6)
  .sort((a, b) => b.length - a.length)[0]!

/** Where a published article shows up: its page, the listing, feeds, the sitemap and search. */
async function appearances(request: APIRequestContext) {
  const text = async (path: string) => (await request.get(`${site.baseURL}${path}`)).text()
  const link = `/articles/${article.slug}`
  return {
    page: (await request.get(`${site.baseURL}${link}`)).status(),
    home: (await text('/')).includes(`href="${link}"`),
    rss: (await text('/feed.xml')).includes(link),
    sitemap: (await text('/sitemap.xml')).includes(link),
    search: (await text(`/search?q=${bodyWord}`)).includes(`href="${link}"`),
  }
}

test.beforeAll(async () => {
  await site.start(dayBefore)
})
test.afterAll(() => site.stop())

test('a scheduled article is hidden until its date, then appears without a rebuild', async ({
  request,
}) => {
  // Pages revalidate every 60 s: each state may take up to a minute (and a request) to show.
  test.setTimeout(240_000)
  const hidden = { page: 404, home: false, rss: false, sitemap: false, search: false }
  const shown = { page: 200, home: true, rss: true, sitemap: true, search: true }

  await expect
    .poll(() => appearances(request), { timeout: 100_000, intervals: [2_000] })
    .toEqual(hidden)

  site.setNow(midnight)
  await expect
    .poll(() => appearances(request), { timeout: 100_000, intervals: [2_000] })
    .toEqual(shown)
})
