import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** The content of a `<meta property|name=…>` tag, or every one when it repeats (article:tag). */
export async function metaContents(page: Page, key: string): Promise<string[]> {
  return page
    .locator(`meta[property="${key}"], meta[name="${key}"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''))
}

export async function metaContent(page: Page, key: string): Promise<string | undefined> {
  return (await metaContents(page, key))[0]
}

type Node = Record<string, unknown> & { '@type': string }

/** Every JSON-LD document on the page, parsed as a search engine would. */
export async function jsonLd(page: Page): Promise<Node[]> {
  const scripts = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''))
  return scripts.map((text) => JSON.parse(text) as Node)
}

export async function jsonLdOfType(page: Page, type: string): Promise<Node> {
  const found = (await jsonLd(page)).filter((node) => node['@type'] === type)
  expect(found, `one ${type} on ${page.url()}`).toHaveLength(1)
  return found[0]!
}

/** The visible breadcrumb as names and hrefs, the current page last. */
export async function visibleBreadcrumb(page: Page): Promise<{ name: string; href: string }[]> {
  const nav = page.getByRole('navigation', { name: 'Breadcrumb' })
  const links = await nav
    .getByRole('link')
    .evaluateAll((els) =>
      els.map((el) => ({ name: el.textContent ?? '', href: el.getAttribute('href') ?? '' })),
    )
  const current = (await nav.locator('[aria-current="page"]').textContent()) ?? ''
  return [...links, { name: current, href: new URL(page.url()).pathname }]
}

/** Fetches a share card by its absolute URL's path (the URL names SITE_URL, not the test server). */
export async function fetchPng(request: APIRequestContext, absolute: string) {
  const { pathname, search } = new URL(absolute)
  const response = await request.get(`${pathname}${search}`)
  expect(response.status(), absolute).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const body = await response.body()
  // PNG signature, then the IHDR chunk: width and height are big-endian uint32 at bytes 16–23.
  expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) }
}
