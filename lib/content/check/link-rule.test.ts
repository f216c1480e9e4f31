import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
  site.write('content/articles/published.mdx', article({ tags: '[Next.js, api design]' }))
  site.write('content/articles/in-progress.mdx', article({ draft: 'true', tags: '[drafting]' }))
})
afterEach(() => site.dispose())

const linkProblems = (body: string, fields: Record<string, string> = {}) => {
  site.write('content/articles/x.mdx', article(fields, body))
  return site
    .check()
    .filter((problem) => problem.file === 'content/articles/x.mdx')
    .map((problem) => `${problem.line} ${problem.severity}: ${problem.message}`)
}

describe('link rule', () => {
  it('passes links that reach a page, ignoring fragments, queries and trailing slashes', () => {
    const body = [
      'See [the article](/articles/published#schema), [again](/articles/published/?ref=x).',
      'Browse [architecture](/categories/architecture) or [Next.js](/tags/nextjs) and [APIs](/tags/api-design).',
      'Indexes: [all](/articles), [tags](/tags/). Outside: [docs](https://nextjs.org/docs), [home](/).',
      '<Link href="/articles/published">JSX links count too</Link>',
      '',
      '[ref]: /articles/published',
    ].join('\n')
    expect(linkProblems(body)).toEqual([])
  })

  it('reports links to articles, categories and tags that do not exist', () => {
    const body = [
      'See [a](/articles/publshed), [b](/categories/delivery) and [c](/tags/Next.js).',
      '',
      '<Card',
      '  title="More"',
      '  href="/articles/nowhere"',
      '/>',
      '',
      '[ref]: /tags/unused',
    ].join('\n')
    expect(linkProblems(body)).toEqual([
      '8 error: broken link /articles/publshed: there is no article "publshed"; did you mean "published"?',
      '8 error: broken link /categories/delivery: there is no category "delivery" (link by file name)',
      '8 error: broken link /tags/Next.js: no published article has the tag "Next.js"; the tag page is /tags/nextjs',
      '12 error: broken link /articles/nowhere: there is no article "nowhere"',
      '15 error: broken link /tags/unused: no published article has the tag "unused"',
    ])
  })

  it('treats a link to a draft as broken from a published article, a warning from a draft', () => {
    const body = 'Coming soon: [drafts](/articles/in-progress).\n'
    expect(linkProblems(body)).toEqual([
      '8 error: broken link /articles/in-progress: "in-progress" is a draft, so the link 404s until it is published',
    ])
    expect(linkProblems(body, { draft: 'true' })).toEqual([
      '9 warning: broken link /articles/in-progress: "in-progress" is a draft, so the link 404s until it is published',
    ])
  })

  it('does not count tags that only drafts use', () => {
    expect(linkProblems('[d](/tags/drafting)\n')).toEqual([
      '8 error: broken link /tags/drafting: no published article has the tag "drafting"',
    ])
  })

  it('ignores links inside code', () => {
    expect(linkProblems('`[a](/articles/nope)`\n\n```md\n[b](/articles/nope)\n```\n')).toEqual([])
  })
})
