import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './support/axe'
import { published, type SourceArticle } from './support/content'
import { metaContent } from './support/head'

/** The prose a reader sees: no code blocks, images, link targets, JSX tags or MDX comments. */
function prose(body: string): string {
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>|\{[^}]*\}/g, ' ')
}

const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? []
const everything = (a: SourceArticle) =>
  [a.title, a.description, ...a.tags.map((t) => t.name), a.body].join(' ')
/** Search matches the last word typed as a word prefix, so "holds" means "starts a word there". */
const holds = (text: string, word: string) => words(text).some((w) => w.startsWith(word))

/** A long word one published article uses in its body prose only, and no other article at all. */
function bodyOnlyWord(): { word: string; article: SourceArticle } {
  const articles = published()
  const candidates = articles.flatMap((article) =>
    [...new Set(words(prose(article.body)))]
      .filter((word) => word.length >= 9)
      .filter(
        (word) =>
          !holds(
            [article.title, article.description, ...article.tags.map((t) => t.name)].join(' '),
            word,
          ),
      )
      .filter((word) =>
        articles.every((other) => other === article || !holds(everything(other), word)),
      )
      .map((word) => ({ word, article })),
  )
  const found = candidates.sort((a, b) => a.word.localeCompare(b.word))[0]
  if (!found) throw new Error('no body-only word in the published articles')
  return found
}

/** A title word only one title holds, that other articles use too: the title must win. */
function sharedTitleWord(): { word: string; article: SourceArticle } {
  const articles = published()
  for (const article of articles) {
    for (const word of words(article.title).filter((w) => w.length >= 5)) {
      const titles = articles.filter((a) => holds(a.title, word))
      const mentions = articles.filter((a) => holds(everything(a), word))
      if (titles.length === 1 && mentions.length > 1) return { word, article }
    }
  }
  throw new Error('no title word shared with other articles')
}

const results = (page: Page) => page.getByRole('main').getByRole('article')
const status = (page: Page) => page.getByRole('main').getByRole('status')
const pageSearchBox = (page: Page) => page.getByRole('main').getByLabel('Search articles')

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header form finds a word in an article body and marks it', async ({ page }) => {
    const { word, article } = bodyOnlyWord()
    await page.goto('/')
    const header = page.getByRole('search', { name: 'Site' })
    await header.getByLabel('Search articles').fill(word)
    await header.getByRole('button', { name: 'Search' }).click()

    await expect(page).toHaveURL(`/search?q=${word}`)
    await expect(page).toHaveTitle(new RegExp(`^Results for “${word}”`))
    expect(await metaContent(page, 'robots')).toMatch(/noindex/)
    await expect(status(page)).toHaveText(`1 article matches “${word}”`)
    await expect(status(page)).toHaveAttribute('aria-live', 'polite')
    const result = results(page).first()
    await expect(
      result.getByRole('heading', { level: 2 }).getByRole('link', { name: article.title }),
    ).toHaveAttribute('href', `/articles/${article.slug}`)
    await expect(result.locator('mark').first()).toHaveText(new RegExp(`^${word}`, 'i'))
  })

  test('an article with the word in its title ranks first', async ({ page }) => {
    const { word, article } = sharedTitleWord()
    await page.goto(`/search?q=${word}`)
    expect(await results(page).count()).toBeGreaterThan(1)
    await expect(results(page).first().getByRole('link', { name: article.title })).toBeVisible()
    await expect(results(page).first().getByRole('heading').locator('mark').first()).toHaveText(
      new RegExp(`^${word}`, 'i'),
    )
  })

  test('a query nothing matches says so and leads back to the library', async ({ page }) => {
    await page.goto('/search?q=zzqxv%20<script>')
    await expect(status(page)).toHaveText('No articles match “zzqxv <script>”')
    await expect(results(page)).toHaveCount(0)
    await page.getByRole('link', { name: 'Browse the whole library' }).click()
    await expect(page).toHaveURL('/')
  })

  test('an empty search prompts for a query and may be indexed', async ({ page }) => {
    await page.goto('/search')
    await expect(page).toHaveTitle(/^Search ·/)
    await expect(status(page)).toHaveText(/^Type a word/)
    await expect(results(page)).toHaveCount(0)
    expect(await metaContent(page, 'robots')).toBeUndefined()
  })
})

test.describe('with JavaScript', () => {
  test('results follow the typing without a page load, as the server ranks them', async ({
    page,
  }) => {
    const indexFetches: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/search/index.json') indexFetches.push(request.url())
    })
    await page.goto('/search')
    await page.evaluate(() => Object.assign(window, { __marker: 1 }))
    // Typing that lands before hydration reaches no handler: type again until the page answers.
    await expect(async () => {
      await pageSearchBox(page).fill('')
      await pageSearchBox(page).fill('postgres')
      await expect(page).toHaveURL('/search?q=postgres', { timeout: 1_000 })
    }).toPass()
    expect(indexFetches).toHaveLength(1)

    await expect(status(page)).toHaveText(/^\d+ articles? match(es)? “postgres”$/)
    const count = await results(page).count()
    expect(count).toBeGreaterThan(0)
    await expect(status(page)).toHaveText(
      count === 1 ? '1 article matches “postgres”' : `${count} articles match “postgres”`,
    )
    const live = await results(page).getByRole('heading', { level: 2 }).allTextContents()

    await pageSearchBox(page).fill('postgres schema')
    await expect(page).toHaveURL('/search?q=postgres+schema')
    await expect(status(page)).toHaveText(/“postgres schema”$/)
    expect(await page.evaluate(() => (window as { __marker?: number }).__marker)).toBe(1)

    // The server, asked the same question, answers in the same order.
    await page.goto('/search?q=postgres')
    expect(await results(page).getByRole('heading', { level: 2 }).allTextContents()).toEqual(live)
  })

  test('article pages never fetch the search index', async ({ page }) => {
    const fetched: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/search')) fetched.push(request.url())
    })
    await page.goto(`/articles/${published()[0]!.slug}`, { waitUntil: 'networkidle' })
    const header = page.getByRole('search', { name: 'Site' })
    await header.getByLabel('Search articles').fill('postgres')
    await page.waitForLoadState('networkidle')
    expect(fetched).toEqual([])
  })

  test('axe finds no WCAG 2.2 AA violation on search pages', async ({ page }) => {
    for (const path of ['/search', '/search?q=postgres', '/search?q=zzqxv']) {
      await page.goto(path)
      await expect(status(page)).toBeVisible()
      await expectNoAxeViolations(page)
    }
  })
})
