import { readFileSync } from 'node:fs'

import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './support/axe'
import { parse } from 'yaml'

import { site } from '../lib/site'
import { syndicationLabel } from '../lib/syndication/hosts'
import { published, SITE_URL } from './support/content'

const SEED = 'mvp-vs-scalable-product-architecture'
const seedUrl = `${SITE_URL}/articles/${SEED}`

async function openPanel(page: Page) {
  await page.goto(`/articles/${SEED}`)
  const panel = page.getByRole('region', { name: 'Republish this article' })
  await panel.getByRole('heading', { name: 'Republish this article' }).click()
  return panel
}

test.describe('republishing kit without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('is collapsed until its summary is clicked', async ({ page }) => {
    await page.goto(`/articles/${SEED}`)
    const panel = page.getByRole('region', { name: 'Republish this article' })
    const download = panel.getByRole('link', { name: 'Download the Dev.to file' })
    await expect(download).toBeHidden()
    await panel.getByRole('heading', { name: 'Republish this article' }).click()
    await expect(download).toBeVisible()
  })

  test('offers the terms and what each platform needs', async ({ page }) => {
    const panel = await openPanel(page)
    await expect(panel).toContainText(site.republishingTerms)
    await expect(panel.getByRole('link', { name: site.license.name })).toHaveAttribute(
      'rel',
      'license',
    )
    await expect(panel.getByLabel('Attribution line')).toHaveValue(
      `This article was originally published at ${seedUrl} by Modder Coder.`,
    )
    await expect(panel.getByLabel('Original article URL for Hashnode')).toHaveValue(seedUrl)
    await expect(panel.getByRole('link', { name: 'Import a story' })).toHaveAttribute(
      'href',
      'https://medium.com/p/import',
    )
    await expect(panel.getByLabel('Article URL for Medium')).toHaveValue(seedUrl)
    const linkedin = panel.getByLabel('LinkedIn post text')
    await expect(linkedin).toHaveJSProperty('readOnly', true)
    await expect(linkedin).toHaveValue(new RegExp(`\\n\\nOriginally published at ${seedUrl}$`))
  })

  test('downloads the Dev.to file with its front matter', async ({ page }) => {
    const panel = await openPanel(page)
    const downloading = page.waitForEvent('download')
    await panel.getByRole('link', { name: 'Download the Dev.to file' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`${SEED}.devto.md`)
    const text = readFileSync(await download.path(), 'utf8')
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1]
    expect(frontMatter, 'front matter').toBeDefined()
    expect(parse(frontMatter!)).toMatchObject({ published: false, canonical_url: seedUrl })
  })
})

test('the markdown version is the article as plain markdown', async ({ page }) => {
  const article = published().find((a) => a.slug === SEED)!
  const response = await page.request.get(`/articles/${SEED}.md`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8')
  const text = await response.text()
  expect(text.startsWith(`# ${article.title}\n\n${article.description}\n`)).toBe(true)
  expect(text).not.toContain('<Callout')
  await page.goto(`/articles/${SEED}`)
  const panel = page.getByRole('region', { name: 'Republish this article' })
  await panel.getByRole('heading', { name: 'Republish this article' }).click()
  await expect(panel.getByRole('link', { name: 'Markdown version' }).first()).toHaveAttribute(
    'href',
    `/articles/${SEED}.md`,
  )
})

test('an unknown article has no markdown version or Dev.to file', async ({ page }) => {
  expect((await page.request.get('/articles/no-such-article.md')).status()).toBe(404)
  expect((await page.request.get('/articles/no-such-article/devto.md')).status()).toBe(404)
  const response = await page.goto('/articles/no-such-article')
  expect(response?.status()).toBe(404)
})

test('axe finds no WCAG 2.2 AA violation with the panel open', async ({ page }) => {
  await openPanel(page)
  await expect(page.getByLabel('LinkedIn post text')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the summary is reached and opened with the keyboard, with a visible focus', async ({
  page,
}) => {
  await page.goto(`/articles/${SEED}`)
  const panel = page.getByRole('region', { name: 'Republish this article' })
  const summary = panel.locator('summary')
  let reached = false
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await summary.evaluate((el) => el === document.activeElement)
  }
  expect(reached).toBe(true)
  expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('link', { name: 'Download the Dev.to file' })).toBeVisible()
})

test('copies published elsewhere are linked with rel="syndication"', async ({ page }) => {
  const article = published().find((a) => a.syndication.length > 0)
  expect(article, 'a sample article with `syndication:` URLs in its front matter').toBeDefined()
  await page.goto(`/articles/${article!.slug}`)
  const line = page.getByText(/^Also published on/)
  for (const url of article!.syndication) {
    const link = line.getByRole('link', { name: syndicationLabel(url), exact: true })
    await expect(link).toHaveAttribute('href', url)
    await expect(link).toHaveAttribute('rel', 'syndication')
  }
})
