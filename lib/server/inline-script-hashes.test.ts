import { describe, expect, it } from 'vitest'

import { inlineScriptHashes } from './inline-script-hashes.mjs'

// The CSP specification's own example: this script's hash is the one it prints.
const HELLO = "alert('Hello, world.');"
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"

describe('inlineScriptHashes', () => {
  it('hashes the exact text between the tags, as browsers do', () => {
    expect(inlineScriptHashes(`<p>x</p><script>${HELLO}</script>`)).toEqual([HELLO_HASH])
  })

  it('skips external scripts and JSON data blocks, which script-src does not hash', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
      `<SCRIPT type="text/javascript">${HELLO}</SCRIPT>`,
    ].join('')
    expect(inlineScriptHashes(html)).toEqual([HELLO_HASH])
  })

  it('treats data-src as an attribute of an inline script, not as src', () => {
    expect(inlineScriptHashes(`<script data-src="x">${HELLO}</script>`)).toEqual([HELLO_HASH])
  })

  it('reads attributes whose quoted values contain ">"', () => {
    expect(inlineScriptHashes(`<script id="a>b">${HELLO}</script>`)).toEqual([HELLO_HASH])
  })

  it('hashes after the parser turns CRLF into LF', () => {
    expect(inlineScriptHashes('<script>a()\r\nb()</script>')).toEqual(
      inlineScriptHashes('<script>a()\nb()</script>'),
    )
  })

  it('lists each script once, in page order, and hashes UTF-8 text', () => {
    const html = `<script>self.__next_f.push([1,"é"])</script><script>${HELLO}</script><script>${HELLO}</script>`
    const hashes = inlineScriptHashes(html)
    expect(hashes).toHaveLength(2)
    expect(hashes[1]).toBe(HELLO_HASH)
    expect(hashes[0]).not.toBe(
      inlineScriptHashes('<script>self.__next_f.push([1,"e"])</script>')[0],
    )
  })

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes('<html><body><p>script</p></body></html>')).toEqual([])
  })
})
