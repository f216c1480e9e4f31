import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { article, createTempSite, type TempSite } from './fixtures/temp-site'
import { PLACEHOLDER_DESCRIPTION } from './placeholder'

let site: TempSite
beforeEach(() => {
  site = createTempSite()
})
afterEach(() => site.dispose())

const check = (fields: Record<string, string>) => {
  site.write('content/articles/x.mdx', article(fields))
  return site.check().map((problem) => `${problem.line} ${problem.severity}: ${problem.message}`)
}

describe('description rule', () => {
  it('passes a description of 50 to 160 characters', () => {
    expect(check({ description: 'x'.repeat(50) })).toEqual([])
    expect(check({ description: 'x'.repeat(160) })).toEqual([])
  })

  it('warns (does not fail) when it is too short or too long for a meta description', () => {
    expect(check({ description: 'Too short.' })).toEqual([
      '3 warning: `description` is 10 characters; aim for 50–160 (it is the meta description)',
    ])
    expect(check({ description: 'x'.repeat(161) })).toEqual([
      '3 warning: `description` is 161 characters; search results cut it after about 160',
    ])
  })

  it('flags the scaffold placeholder: a warning on a draft, an error once published', () => {
    const description = JSON.stringify(PLACEHOLDER_DESCRIPTION)
    expect(check({ description, draft: 'true' })).toEqual([
      '3 warning: `description` is still the placeholder from `new:article`: write the real one',
    ])
    expect(check({ description })).toEqual([
      '3 error: `description` is still the placeholder from `new:article`: write the real one',
    ])
  })
})
