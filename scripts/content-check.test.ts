import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from '@/lib/content/check/fixtures/temp-site'

const repoRoot = join(__dirname, '..')

// The script as `npm run content:check` runs it: a real process, its output and exit code.
function runCheck(root: string) {
  const result = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', join(repoRoot, 'scripts/content-check.ts'), '--root', root],
    { cwd: repoRoot, encoding: 'utf8' },
  )
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

describe('content:check', () => {
  it('prints a tick and exits 0 when the content is clean', () => {
    site.write('content/articles/designing-a-schema.mdx', article())
    expect(runCheck(site.root)).toMatchObject({ status: 0, stdout: '✓ 1 article, 1 category OK\n' })
  })

  it('prints every problem as file:line and exits 1 on errors', () => {
    site.write(
      'content/articles/x.mdx',
      article({ title: null, date: '2026-02-30', category: 'devops' }, '# Title\n'),
    )
    const { status, stdout } = runCheck(site.root)
    expect(status).toBe(1)
    expect(stdout.split('\n')).toEqual([
      'content/articles/x.mdx:1: error: title: `title` is required',
      'content/articles/x.mdx:3: error: date: `date` must be a real calendar date in YYYY-MM-DD form, got "2026-02-30"',
      'content/articles/x.mdx:4: error: category: unknown category "devops"; known: architecture ("Architecture")',
      'content/articles/x.mdx:7: error: body: h1 heading "Title": the page template already renders the title as the h1; use ## for sections',
      '4 errors, 0 warnings in 1 file',
      '',
    ])
  })

  it('passes with warnings only', () => {
    site.write('content/articles/x.mdx', article({ description: 'Short.' }))
    expect(runCheck(site.root)).toMatchObject({
      status: 0,
      stdout:
        'content/articles/x.mdx:3: warning: description: `description` is 6 characters; aim for 50–160 (it is the meta description)\n0 errors, 1 warning in 1 file\n',
    })
  })
})
