import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Script } from 'node:vm'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { addCompileHints, COMPILE_HINT, startupChunks } from './compile-hints'

let dist: string
const chunk = (name: string) => join(dist, 'static', 'chunks', name)

function writeBuild() {
  mkdirSync(join(dist, 'static', 'chunks'), { recursive: true })
  mkdirSync(join(dist, 'diagnostics'))
  // Two routes share the framework chunk; the lazy chunk is nobody's first load.
  writeFileSync(
    join(dist, 'diagnostics', 'route-bundle-stats.json'),
    JSON.stringify([
      {
        route: '/',
        firstLoadUncompressedJsBytes: 1,
        firstLoadChunkPaths: ['.next/static/chunks/framework.js', '.next/static/chunks/home.js'],
      },
      {
        route: '/contact',
        firstLoadUncompressedJsBytes: 1,
        firstLoadChunkPaths: ['.next/static/chunks/framework.js', '.next/static/chunks/a.css'],
      },
    ]),
  )
  writeFileSync(chunk('framework.js'), 'globalThis.framework = () => 1\n')
  writeFileSync(chunk('home.js'), 'globalThis.home = () => 2\n//# sourceMappingURL=home.js.map\n')
  writeFileSync(chunk('home.js.map'), JSON.stringify({ version: 3, mappings: 'AAAA;AACA' }))
  writeFileSync(chunk('lazy.js'), 'globalThis.lazy = () => 3\n')
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'compile-hints-'))
})
afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('compile hints', () => {
  it('finds the JavaScript every route loads at startup, once each', () => {
    writeBuild()
    expect(startupChunks(dist)).toEqual([chunk('framework.js'), chunk('home.js')])
  })

  it('marks startup chunks, leaves lazy ones, and keeps scripts and source maps valid', () => {
    writeBuild()
    expect(addCompileHints(dist)).toMatchObject({ hinted: 2, alreadyHinted: 0 })

    const framework = readFileSync(chunk('framework.js'), 'utf8')
    expect(framework).toBe(`${COMPILE_HINT}globalThis.framework = () => 1\n`)
    expect(() => new Script(framework)).not.toThrow()
    expect(readFileSync(chunk('lazy.js'), 'utf8')).toBe('globalThis.lazy = () => 3\n')
    // The map follows the script one line down.
    expect(JSON.parse(readFileSync(chunk('home.js.map'), 'utf8')).mappings).toBe(';AAAA;AACA')
  })

  it('changes nothing when run twice', () => {
    writeBuild()
    addCompileHints(dist)
    const before = [chunk('framework.js'), chunk('home.js'), chunk('home.js.map')].map((file) =>
      readFileSync(file, 'utf8'),
    )
    expect(addCompileHints(dist)).toMatchObject({ hinted: 0, alreadyHinted: 2 })
    expect(
      [chunk('framework.js'), chunk('home.js'), chunk('home.js.map')].map((file) =>
        readFileSync(file, 'utf8'),
      ),
    ).toEqual(before)
  })

  it('says to build first when there is no build', () => {
    expect(() => addCompileHints(dist)).toThrow(
      /route-bundle-stats\.json is missing: run `next build`/,
    )
  })
})
