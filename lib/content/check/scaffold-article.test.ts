import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'
import { scaffoldArticle } from './scaffold-article'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

const scaffold = (options: { title: string; category?: string; tags?: string[]; slug?: string }) =>
  scaffoldArticle({ root: site.root, category: 'architecture', today: '2026-03-29', ...options })

describe('scaffoldArticle', () => {
  it('writes a draft that the content check accepts with no errors', () => {
    const result = scaffold({
      title: 'Designing a Postgres schema: year two',
      tags: ['postgres', ' schema '],
    })
    expect(result).toEqual({
      status: 'created',
      file: 'content/articles/designing-a-postgres-schema-year-two.mdx',
      slug: 'designing-a-postgres-schema-year-two',
      url: 'http://localhost:3000/articles/designing-a-postgres-schema-year-two',
    })
    const text = readFileSync(
      join(site.root, 'content/articles/designing-a-postgres-schema-year-two.mdx'),
      'utf8',
    )
    expect(text).toMatch(/^---\ntitle: "Designing a Postgres schema: year two"\n/)
    expect(text).toContain(
      'date: 2026-03-29\ncategory: architecture\ntags:\n  - postgres\n  - schema\ndraft: true\n---\n',
    )
    expect(text.match(/^## /gm)).toHaveLength(3)
    // Only the reminder to replace the placeholder description, and only as a warning.
    expect(site.check()).toMatchObject([
      {
        severity: 'warning',
        field: 'description',
        message: expect.stringContaining('placeholder'),
      },
    ])
  })

  it('accepts the category by title and writes its slug', () => {
    scaffold({ title: 'A title', category: 'Architecture' })
    expect(readFileSync(join(site.root, 'content/articles/a-title.mdx'), 'utf8')).toContain(
      'category: architecture\n',
    )
  })

  it('refuses to overwrite an existing article, and leaves it untouched', () => {
    site.write('content/articles/a-title.mdx', article())
    expect(scaffold({ title: 'A Title!' })).toEqual({
      status: 'error',
      message: 'content/articles/a-title.mdx already exists; pick another title or pass --slug',
    })
    expect(readFileSync(join(site.root, 'content/articles/a-title.mdx'), 'utf8')).toBe(article())
  })

  it('refuses a slug another article already has in a nested folder', () => {
    site.write('content/articles/2025/a-title.mdx', article())
    expect(scaffold({ title: 'A title' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('content/articles/2025/a-title.mdx already exists'),
    })
  })

  it('refuses an unknown category and lists the known ones', () => {
    expect(scaffold({ title: 'A title', category: 'devops' })).toEqual({
      status: 'error',
      message: 'unknown category "devops"; known: architecture ("Architecture")',
    })
  })

  it('needs --slug when the title gives no usable slug', () => {
    expect(scaffold({ title: '設計' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('--slug'),
    })
    expect(scaffold({ title: '設計', slug: 'design-notes' })).toMatchObject({
      status: 'created',
      slug: 'design-notes',
    })
    expect(scaffold({ title: 'A', slug: 'Bad Slug' })).toMatchObject({ status: 'error' })
  })
})
