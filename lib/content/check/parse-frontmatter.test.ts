import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('frontmatter parsing', () => {
  it('reads quoted and unquoted dates alike', () => {
    site.write('content/articles/a.mdx', article({ date: '2026-03-29' }))
    site.write('content/articles/b.mdx', article({ date: '"2026-03-29"', updated: "'2026-04-01'" }))
    expect(site.check()).toEqual([])
  })

  it('reports invalid YAML with its line', () => {
    site.write(
      'content/articles/x.mdx',
      '---\ntitle: Designing a schema\ndescription: "unterminated\ndate: 2026-03-29\n---\n',
    )
    const [problem, ...rest] = site.check()
    expect(rest).toEqual([])
    expect(problem).toMatchObject({ line: 3, severity: 'error', field: 'frontmatter' })
    expect(problem?.message).toMatch(/^invalid YAML: /)
  })

  it('reports a field given twice', () => {
    site.write(
      'content/articles/x.mdx',
      article({ tags: '[a]' }).replace('tags: [a]', 'title: Again'),
    )
    expect(site.check()).toMatchObject([
      { line: 6, field: 'frontmatter', message: 'invalid YAML: Map keys must be unique' },
    ])
  })

  it('reports a file without frontmatter once, and still checks its body', () => {
    site.write('content/articles/x.mdx', '# Title\n\nText.\n')
    expect(site.check()).toMatchObject([
      { line: 1, field: 'frontmatter', message: expect.stringContaining('has no frontmatter') },
      { line: 1, field: 'body', message: expect.stringContaining('h1 heading "Title"') },
    ])
  })

  it('reports frontmatter that is never closed', () => {
    site.write('content/articles/x.mdx', '---\ntitle: A\n\n## Section\n')
    expect(site.check()).toMatchObject([
      { line: 1, field: 'frontmatter', message: expect.stringContaining('never closed') },
    ])
  })

  it('reports frontmatter that is a list rather than fields', () => {
    site.write('content/articles/x.mdx', '---\n- title\n- date\n---\n\n## A\n')
    expect(site.check()).toMatchObject([
      {
        line: 2,
        field: 'frontmatter',
        message: 'frontmatter must be `field: value` lines, got a list',
      },
    ])
  })

  it('treats empty frontmatter as missing every required field', () => {
    site.write('content/articles/x.mdx', '---\n---\n\n## A\n')
    expect(site.check().map((problem) => problem.field)).toEqual([
      'title',
      'description',
      'date',
      'category',
    ])
  })

  it('keeps file line numbers with Windows line endings and a byte-order mark', () => {
    site.write(
      'content/articles/x.mdx',
      '\uFEFF' + article({ date: '2026-02-30' }, '# Heading\r\n').replaceAll('\n', '\r\n'),
    )
    expect(site.check().map((problem) => `${problem.line} ${problem.field}`)).toEqual([
      '4 date',
      '8 body',
    ])
  })
})
