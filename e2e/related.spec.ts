import { expect, test } from '@playwright/test'

import { categoryOf, drafts, published, type SourceArticle } from './support/content'

const shared = (a: SourceArticle, b: SourceArticle) =>
  a.tags.filter((tag) => b.tags.some((other) => other.slug === tag.slug)).length

for (const article of published()) {
  test(`${article.slug} ends with three related articles, never itself nor a draft`, async ({
    page,
  }) => {
    await page.goto(`/articles/${article.slug}`)
    const related = page.getByRole('region', { name: 'Related articles' })
    await expect(related.getByRole('heading', { level: 2 })).toHaveText('Related articles')

    const links = related.getByRole('link')
    await expect(links).toHaveCount(Math.min(3, published().length - 1))
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))
    const others = published().filter((other) => other.slug !== article.slug)
    const listed = hrefs.map((href) => others.find((other) => `/articles/${other.slug}` === href))
    expect(listed, `${hrefs.join(', ')} are other published articles`).not.toContain(undefined)
    for (const draft of drafts()) expect(hrefs).not.toContain(`/articles/${draft.slug}`)

    // The first shares as many tags as any article does: tags come before category and date.
    const most = Math.max(...others.map((other) => shared(article, other)))
    expect(shared(article, listed[0]!)).toBe(most)

    const first = related.getByRole('listitem').first()
    await expect(first.getByRole('link')).toHaveText(listed[0]!.title)
    await expect(first.getByText(listed[0]!.description)).toBeVisible()
    await expect(first.getByText(categoryOf(listed[0]!).title)).toBeVisible()
    await expect(first.locator('time')).toHaveAttribute('datetime', listed[0]!.date)
  })
}

test('related articles sit after the call to action and before previous and next', async ({
  page,
}) => {
  await page.goto(`/articles/${published()[1]!.slug}`)
  const inOrder = await page.evaluate(() => {
    const parts = ['#built-well', '#related-articles', 'nav[aria-label="More articles"]'].map(
      (selector) => document.querySelector(selector),
    )
    return parts.every(
      (el, i) =>
        el !== null &&
        (i === 0 ||
          Boolean(parts[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
    )
  })
  expect(inOrder).toBe(true)
})
