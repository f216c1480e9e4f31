import { describe, expect, it } from 'vitest'

import { markdownToText } from './markdown-text'

const source = `Intro with **bold**, _emphasis_, \`inline_code\` and a [link](https://example.com/hidden-url).

## A heading

- one item
- two items

\`\`\`ts
const secretFenceWord = 1
\`\`\`

~~~sql
SELECT tildeFenceWord;
~~~

<Callout type="tip" title="Rule of thumb">
  Keep <abbr>JSX</abbr> text.
</Callout>

| Concern | Answer |
| ------- | ------ |
| Tables  | Cells  |

![Alt text of a picture](/diagram.svg)

{/* an MDX comment */}
`

describe('markdownToText', () => {
  const text = markdownToText(source)

  it('keeps the words a reader sees, one space apart', () => {
    expect(text).toBe(
      'Intro with bold, emphasis, inline_code and a link. A heading one item two items ' +
        'Tip: Rule of thumb Keep JSX text. Concern Answer Tables Cells',
    )
  })

  it('drops code blocks, link targets, images and MDX expressions', () => {
    for (const gone of [
      'secretFenceWord',
      'tildeFenceWord',
      'hidden-url',
      'Alt text',
      'MDX comment',
    ]) {
      expect(text).not.toContain(gone)
    }
    for (const syntax of ['**', '`', '#', '|', '<', '](', '```']) expect(text).not.toContain(syntax)
  })
})
