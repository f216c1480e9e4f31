import { PassThrough } from 'node:stream'
import vm from 'node:vm'

import { createElement } from 'react'
import { renderToPipeableStream } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { loadScriptsAfterFirstPaint } from './paint-first.mjs'

const CHUNKS = ['/_next/static/chunks/0a-b~c.js', '/_next/static/chunks/turbopack-1f.js']

/** A page as React writes it for Next: the startup chunks are React's bootstrap scripts. */
function reactPage(): Promise<string> {
  const page = createElement(
    'html',
    null,
    createElement('head', null, createElement('title', null, 'A page')),
    createElement(
      'body',
      null,
      createElement('p', null, 'Hello'),
      createElement('script', { type: 'application/ld+json' }, '{"@type":"Article"}'),
    ),
  )
  return new Promise((resolve, reject) => {
    const out = new PassThrough()
    let html = ''
    out.on('data', (chunk: Buffer) => (html += chunk.toString('utf8')))
    out.on('end', () => resolve(html))
    const stream = renderToPipeableStream(page, {
      bootstrapScripts: CHUNKS,
      bootstrapScriptContent: 'self.started=1',
      onAllReady: () => stream.pipe(out),
      onShellError: reject,
    })
  })
}

/** Runs the page's loader with a fake document and frame clock; returns what it appended. */
function runLoader(html: string, visibilityState = 'visible') {
  const loader = /<script>(\(function\(s,d\)[\s\S]*?)<\/script>/.exec(html)?.[1]
  if (!loader) throw new Error('no loader in the page')
  const appended: { src: string; async: boolean }[] = []
  const frames: (() => void)[] = []
  const timers: (() => void)[] = []
  const listeners = new Map<string, () => void>()
  const documentListeners = new Map<string, () => void>()
  const context = {
    document: {
      visibilityState,
      addEventListener: (type: string, callback: () => void) =>
        documentListeners.set(type, callback),
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (element: { src: string; async: boolean }) => appended.push(element) },
    },
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => timers.push(callback),
    addEventListener: (type: string, callback: () => void) => listeners.set(type, callback),
  }
  vm.runInNewContext(loader, context)
  return { appended, frames, timers, listeners, documentListeners }
}

describe('loadScriptsAfterFirstPaint', () => {
  it("replaces React's bootstrap script tags with one loader where the first one was", async () => {
    const html = await reactPage()
    expect(html).toContain(`<script src="${CHUNKS[0]}" async=""></script>`)

    const rewritten = loadScriptsAfterFirstPaint(html)

    for (const chunk of CHUNKS) expect(rewritten).not.toContain(`src="${chunk}"`)
    expect(rewritten.match(/<script>\(function\(s,d\)/g)).toHaveLength(1)
    // Everything else is untouched: the bootstrap content, the data block, the text.
    expect(rewritten).toContain('self.started=1')
    expect(rewritten).toContain('<script type="application/ld+json">{"@type":"Article"}</script>')
    expect(rewritten.replace(/<script>\(function\(s,d\)[\s\S]*?<\/script>/, '')).toBe(
      html.replace(/<script src="\/_next\/static\/[^"]+" async=""><\/script>/g, ''),
    )
    expect(rewritten.indexOf('(function(s,d)')).toBe(html.indexOf(`<script src="${CHUNKS[0]}"`) + 8)
  })

  it('adds the same scripts, in order and async, only in the task after the frame that follows parsing', async () => {
    const { appended, frames, timers, listeners, documentListeners } = runLoader(
      loadScriptsAfterFirstPaint(await reactPage()),
    )
    expect(appended).toEqual([])
    expect(listeners.size).toBe(0)
    // No frame is awaited while the parser may still be short of the article's text.
    expect(frames).toHaveLength(0)
    documentListeners.get('DOMContentLoaded')!()
    expect(appended).toEqual([])
    frames.shift()!()
    expect(appended).toEqual([])
    timers.shift()!()
    expect(appended).toEqual(CHUNKS.map((src) => ({ src, async: true })))
  })

  it('starts them at the load event in a page hidden while it loads, and only once', async () => {
    const { appended, frames, timers, listeners, documentListeners } = runLoader(
      loadScriptsAfterFirstPaint(await reactPage()),
      'hidden',
    )
    listeners.get('load')!()
    expect(appended.map((element) => element.src)).toEqual(CHUNKS)
    documentListeners.get('DOMContentLoaded')!()
    frames.shift()!()
    timers.shift()!()
    expect(appended).toHaveLength(CHUNKS.length)
  })

  it('leaves a page without startup scripts, and scripts of any other form, alone', () => {
    const others =
      '<html><head><script src="/_next/static/chunks/p.js" noModule=""></script>' +
      '<script src="/elsewhere.js" async=""></script>' +
      '<script src="/_next/static/chunks/x.js" async="" crossorigin=""></script></head>' +
      '<body><pre>&lt;script src="/_next/static/chunks/y.js" async=""&gt;&lt;/script&gt;</pre>' +
      '<script>self.__next_f.push([1,"\\u003cscript src=\\"/_next/static/chunks/z.js\\""])</script>' +
      '</body></html>'
    expect(loadScriptsAfterFirstPaint(others)).toBe(others)
  })
})
