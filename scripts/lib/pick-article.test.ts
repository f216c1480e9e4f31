import { describe, expect, it } from 'vitest'

import { hasCodeAndTable } from './pick-article'

const code = '```ts\nconst x = 1\n```\n'
const gfmTable = '| step | risk |\n| --- | :---: |\n| add column | low |\n'

describe('hasCodeAndTable', () => {
  it('needs a fenced code block and a GFM table together', () => {
    expect(hasCodeAndTable(`## A\n\n${code}\nText.\n\n${gfmTable}`)).toBe(true)
    expect(hasCodeAndTable(`## A\n\n${code}`)).toBe(false)
    expect(hasCodeAndTable(`## A\n\n${gfmTable}`)).toBe(false)
  })

  it('does not take a pipe in prose for a table', () => {
    expect(hasCodeAndTable(`${code}\nUse a | b | c for choices.\n`)).toBe(false)
  })
})
