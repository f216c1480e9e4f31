import { expect, test } from '@playwright/test'

import { categoryOf, published, SITE_URL } from './support/content'

const SEED = 'mvp-vs-scalable-product-architecture'

test.describe('article template', () => {
  test('shows every part of the template in the seed order', async ({ page }) => {
    const article = published().find((a) => a.slug === SEED)
    if (!article) throw new Error(`sample article ${SEED} is missing`)
    const category = categoryOf(article)
    await page.goto(`/articles/${SEED}`)

    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/')
    await expect(breadcrumb.getByRole('link', { name: category.title })).toHaveAttribute(
      'href',
      `/categories/${category.slug}`,
    )
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(article.title)

    const main = page.getByRole('main')
    const header = main.locator('article > header')
    await expect(header.getByRole('link', { name: category.title })).toHaveAttribute(
      'href',
      `/categories/${category.slug}`,
    )
    await expect(header.locator('time').first()).toHaveAttribute('datetime', article.date)
    await expect(header.getByText(/^\d+ min read$/)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
    await expect(header.getByText(article.description)).toBeVisible()

    // Order: breadcrumb, meta, title, lede, contents, body, publisher note, call to action.
    const order = await page.evaluate(() => {
      const at = (selector: string) => {
        const el = document.querySelector(selector)
        if (!el) throw new Error(`missing ${selector}`)
        return el
      }
      const parts = [
        at('nav[aria-label="Breadcrumb"]'),
        at('article header time'),
        at('h1'),
        at('nav[aria-labelledby="toc-heading"]'),
        at('.prose'),
        at('#publisher-note'),
        at('#built-well'),
        at('nav[aria-label="More articles"]'),
      ]
      return parts.every(
        (el, i) =>
          i === 0 ||
          Boolean(parts[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      )
    })
    expect(order).toBe(true)

    const note = page.getByRole('region', { name: 'Publisher note' })
    await expect(note.getByText('Published by Modder Coder')).toBeVisible()
    await expect(note).toContainText(
      "This article is part of Modder Coder's product engineering library. If it is republished on LinkedIn, Medium, or Dev.to, the original source should link back to this page.",
    )
    const ownUrl = `${SITE_URL}/articles/${SEED}`
    await expect(note.getByRole('link', { name: ownUrl })).toHaveAttribute('href', ownUrl)

    const cta = page.getByRole('region', { name: 'Need this built well?' })
    await expect(cta).toContainText('Need engineering depth behind the ideas in this article?')
    await expect(cta).toContainText(
      'If your product needs stronger architecture, cleaner delivery, or a more scalable foundation, start with a direct conversation.',
    )
    await expect(cta.getByRole('link')).toHaveAttribute('href', `/contact?article=${SEED}`)

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', ownUrl)
  })

  test('table of contents links to headings that link to themselves', async ({ page }) => {
    await page.goto(`/articles/${SEED}`)
    const toc = page.getByRole('navigation', { name: 'On this page' })
    const links = toc.getByRole('link')
    expect(await links.count()).toBeGreaterThanOrEqual(3)
    for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))) {
      const id = href!.slice(1)
      const heading = page.locator(`[id="${id}"]`)
      await expect(heading).toHaveCount(1)
      await expect(heading.locator('a')).toHaveAttribute('href', `#${id}`)
    }
    await links.first().click()
    await expect(page).toHaveURL(/#.+/)
  })

  test('an article with fewer than three sections has no table of contents', async ({ page }) => {
    const short = published().find((a) => (a.body.match(/^## /gm) ?? []).length < 3)
    expect(short, 'a sample article with fewer than three sections').toBeDefined()
    await page.goto(`/articles/${short!.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(short!.title)
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0)
  })

  test('body renders code highlighted at build time, tables, images, callouts and safe links', async ({
    page,
  }) => {
    const all = published()
    const withCode = all.find((a) => /^```\w+/m.test(a.body))
    const withTable = all.find((a) => /^\|.*\|\s*$/m.test(a.body))
    const withImage = all.find((a) => /!\[[^\]]+\]\(\//.test(a.body))
    const withCallout = all.find((a) => a.body.includes('<Callout'))
    const withExternal = all.find((a) => /\]\(https?:\/\//.test(a.body))
    for (const [name, found] of Object.entries({
      withCode,
      withTable,
      withImage,
      withCallout,
      withExternal,
    })) {
      expect(found, `a sample article ${name}`).toBeDefined()
    }

    await page.goto(`/articles/${withCode!.slug}`)
    const code = page.locator('.prose pre code').first()
    await expect(code).toBeVisible()
    // Highlighting is inline styles from shiki in the HTML, not a client-side highlighter.
    expect(await code.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(0)

    await page.goto(`/articles/${withTable!.slug}`)
    const table = page.locator('.prose table').first()
    await expect(table.locator('th').first()).toBeVisible()

    await page.goto(`/articles/${withImage!.slug}`)
    const image = page.locator('.prose img').first()
    await expect(image).toHaveAttribute('alt', /\S/)
    await expect(image).toHaveAttribute('width', /\d+/)
    // Lazy: it loads as the reader nears it, however far down the page the layout puts it.
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0)

    await page.goto(`/articles/${withCallout!.slug}`)
    await expect(page.locator('.prose aside').first()).toBeVisible()

    await page.goto(`/articles/${withExternal!.slug}`)
    const external = page.locator('.prose a[href^="http"]').first()
    await expect(external).toHaveAttribute('target', '_blank')
    await expect(external).toHaveAttribute('rel', /noopener/)
  })

  test('an article first published elsewhere says so and points its canonical there', async ({
    page,
  }) => {
    const elsewhere = published().find((a) => a.canonicalUrl)
    if (!elsewhere?.canonicalUrl) throw new Error('no sample article has canonicalUrl')
    await page.goto(`/articles/${elsewhere.slug}`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      elsewhere.canonicalUrl,
    )
    const note = page.getByRole('region', { name: 'Publisher note' })
    await expect(note).toContainText(`Originally published at ${elsewhere.canonicalUrl}`)
    await expect(note.getByRole('link', { name: elsewhere.canonicalUrl })).toHaveAttribute(
      'href',
      elsewhere.canonicalUrl,
    )
  })

  test('previous and next links walk the library in date order', async ({ page }) => {
    const list = published()
    const middle = list[1]!
    await page.goto(`/articles/${middle.slug}`)
    const pager = page.getByRole('navigation', { name: 'More articles' })
    await expect(pager.getByRole('link', { name: new RegExp(list[2]!.title) })).toHaveAttribute(
      'href',
      `/articles/${list[2]!.slug}`,
    )
    await expect(pager.getByRole('link', { name: new RegExp(list[0]!.title) })).toHaveAttribute(
      'href',
      `/articles/${list[0]!.slug}`,
    )
  })

  test('the call to action is reachable by keyboard and leads to the contact page', async ({
    page,
  }) => {
    await page.goto(`/articles/${SEED}`)
    const cta = page.getByRole('region', { name: 'Need this built well?' }).getByRole('link')
    let reached = false
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await cta.evaluate((el) => el === document.activeElement)
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/contact\\?article=${SEED}$`))
  })
})
