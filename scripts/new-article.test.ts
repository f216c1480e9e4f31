import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createTempSite, type TempSite } from '@/lib/content/check/fixtures/temp-site'

const repoRoot = join(__dirname, '..')

function newArticle(root: string, ...args: string[]) {
  const result = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    [
      '--conditions=react-server',
      join(repoRoot, 'scripts/new-article.ts'),
      ...args,
      '--root',
      root,
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  )
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('new:article', () => {
  it('creates the draft and prints its path and dev URL', () => {
    const result = newArticle(
      site.root,
      'Small releases beat big launches',
      '--category',
      'architecture',
      '--tags',
      'delivery,ci',
    )
    expect(result).toMatchObject({
      status: 0,
      stdout:
        'Created content/articles/small-releases-beat-big-launches.mdx (draft)\nPreview: http://localhost:3000/articles/small-releases-beat-big-launches\n',
    })
    expect(
      existsSync(join(site.root, 'content/articles/small-releases-beat-big-launches.mdx')),
    ).toBe(true)
    expect(site.check().filter((problem) => problem.severity === 'error')).toEqual([])
  })

  it('exits 1 with a message instead of overwriting', () => {
    newArticle(site.root, 'Same title', '--category', 'architecture')
    expect(newArticle(site.root, 'Same title', '--category', 'architecture')).toMatchObject({
      status: 1,
      stderr:
        'new:article: content/articles/same-title.mdx already exists; pick another title or pass --slug\n',
    })
  })

  it('exits 1 on an unknown category, listing the known ones', () => {
    expect(newArticle(site.root, 'A title', '--category', 'devops')).toMatchObject({
      status: 1,
      stderr: 'new:article: unknown category "devops"; known: architecture ("Architecture")\n',
    })
  })

  it('exits 1 with usage when the title or category is missing', () => {
    expect(newArticle(site.root, '--category', 'architecture')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('usage: npm run new:article'),
    })
    expect(newArticle(site.root, 'A title')).toMatchObject({ status: 1 })
  })
})
