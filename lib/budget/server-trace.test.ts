import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { sweptSources, tracedProjectFiles } from './server-trace'

const root = '/srv/site'
const distDir = path.join(root, '.next')
const trace = (file: string, files: string[]) => ({ file: path.join(distDir, file), files })

describe('server traces', () => {
  it('keep only the project’s own files, relative to the project', () => {
    const traces = [
      trace('server/app/page.js.nft.json', [
        '../../../node_modules/react/index.js',
        '../chunks/ssr/abc.js',
        '../../../public/logo.png',
        '../../../lib/seo/fonts/inter.woff',
        '../../../../elsewhere/file.txt',
      ]),
      trace('server/app/articles/[slug]/page.js.nft.json', ['../../../../../public/logo.png']),
    ]
    expect(tracedProjectFiles(traces, root, distDir)).toEqual([
      'lib/seo/fonts/inter.woff',
      'public/logo.png',
    ])
  })

  it('skip nested node_modules folders too', () => {
    const traces = [trace('server/app/page.js.nft.json', ['../../../packages/x/node_modules/y.js'])]
    expect(tracedProjectFiles(traces, root, distDir)).toEqual([])
  })

  it('flag source files as a whole-project trace, and nothing else', () => {
    expect(
      sweptSources([
        'README.md',
        'app/page.tsx',
        'lib/db/data-dir.ts',
        'server.mjs',
        'public/logo.png',
        'lib/seo/fonts/inter.woff',
        'content/articles/a.mdx',
      ]),
    ).toEqual([
      'README.md',
      'app/page.tsx',
      'lib/db/data-dir.ts',
      'server.mjs',
      'content/articles/a.mdx',
    ])
    expect(sweptSources(['public/logo.png', 'lib/seo/fonts/LICENSE-inter.txt'])).toEqual([])
  })
})
