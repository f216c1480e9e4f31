import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

// article() frontmatter is 6 lines and a blank line, so the body starts on line 8.
const bodyProblems = (body: string) => {
  site.write('content/articles/x.mdx', article({}, body))
  return site.check().map((problem) => `${problem.line}: ${problem.message}`)
}

describe('heading rule', () => {
  it('passes ## sections that go down one level at a time and back up', () => {
    expect(bodyProblems('## A\n\n### A.1\n\n#### A.1.a\n\n## B\n\n### B.1\n')).toEqual([])
  })

  it('reports an h1 in the body: the template owns the h1', () => {
    expect(bodyProblems('Intro.\n\n# Overview\n')).toEqual([
      '10: h1 heading "Overview": the page template already renders the title as the h1; use ## for sections',
    ])
  })

  it('reports a setext (underlined) h1 and a JSX <h1> too', () => {
    expect(bodyProblems('Overview\n========\n\n<h1>Again</h1>\n')).toEqual([
      '8: h1 heading "Overview": the page template already renders the title as the h1; use ## for sections',
      '11: h1 heading "Again": the page template already renders the title as the h1; use ## for sections',
    ])
  })

  it('reports a skipped level, and a first heading below ##', () => {
    expect(bodyProblems('### Too deep\n\n## Fine\n\n#### Skips\n')).toEqual([
      '8: heading "Too deep" jumps from h1 to h3; use ## (levels must not be skipped)',
      '12: heading "Skips" jumps from h2 to h4; use ### (levels must not be skipped)',
    ])
  })

  it('ignores # lines in fenced code, even in lists and quotes', () => {
    const body = [
      '## Shell',
      '',
      '```bash',
      '# install',
      'npm ci',
      '```',
      '',
      '- Steps:',
      '  ~~~',
      '  # not a heading',
      '  ~~~',
      '',
      '> ```',
      '> # quoted code',
      '> ```',
      '',
      '````md',
      '```',
      '# still code: a shorter fence does not close a longer one',
      '```',
      '````',
    ].join('\n')
    expect(bodyProblems(body)).toEqual([])
  })

  it('does not mistake hashtags, escaped hashes or MDX comments for headings', () => {
    expect(
      bodyProblems('## A\n\n#hashtag\n\n\\# not a heading\n\n{/*\n# commented out\n*/}\n'),
    ).toEqual([])
  })
})
