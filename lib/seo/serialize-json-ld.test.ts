import { describe, expect, it } from 'vitest'

import { blogPostingJsonLd } from './json-ld'
import { serializeJsonLd } from './serialize-json-ld'
import { fakeArticle } from './test-fixtures'

describe('serializeJsonLd', () => {
  const hostile = fakeArticle('hostile', {
    title: '</script><script>alert(1)</script>',
    description: 'Tom & Jerry <!-- say\u2028hello\u2029 -->',
  })
  const data = blogPostingJsonLd(hostile)
  const json = serializeJsonLd(data)

  it('leaves nothing the HTML tokenizer could read as markup', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json.toLowerCase()).not.toContain('</script')
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)')
    expect(json).toContain('Tom \\u0026 Jerry')
    expect(json).toContain('say\\u2028hello\\u2029')
  })

  it('still parses to exactly the same data', () => {
    expect(JSON.parse(json)).toEqual(data)
  })
})
