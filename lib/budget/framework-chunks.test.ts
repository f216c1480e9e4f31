import { describe, expect, it } from 'vitest'

import { chunkKey, classifyChunk, isFrameworkModule } from './framework-chunks'

const clientModules = new Map([
  ['39756', '[project]/node_modules/next/dist/esm/client/components/layout-router.js'],
  ['22016', '[project]/node_modules/next/dist/client/app-dir/link.js'],
  ['11680', '[project]/app/contact/contact-form.tsx'],
])
const context = (definedModuleIds: string[]) => ({
  rootMainFiles: new Set(['static/chunks/runtime.js']),
  definedModuleIds,
  clientModules,
})

describe('framework chunks', () => {
  it('names one file the same whichever manifest spelled it', () => {
    expect(chunkKey('.next/static/chunks/a.js')).toBe('static/chunks/a.js')
    expect(chunkKey('/_next/static/chunks/a.js')).toBe('static/chunks/a.js')
    expect(chunkKey('static/chunks/a.js')).toBe('static/chunks/a.js')
  })

  it('knows Next and React modules, including under pnpm, from the site’s', () => {
    expect(isFrameworkModule('[project]/node_modules/react-dom/cjs/x.js')).toBe(true)
    expect(isFrameworkModule('node_modules/.pnpm/next@16/node_modules/next/dist/x.js')).toBe(true)
    expect(isFrameworkModule('[project]/app/contact/contact-form.tsx')).toBe(false)
    expect(isFrameworkModule('[project]/node_modules/next-themes/dist/index.js')).toBe(false)
  })

  it('counts the root main files as framework without looking inside', () => {
    expect(classifyChunk('.next/static/chunks/runtime.js', context([])).kind).toBe('framework')
  })

  it('counts a chunk of Next client components as framework', () => {
    expect(
      classifyChunk('/_next/static/chunks/router.js', context(['39756', '22016', '7'])),
    ).toEqual({
      chunk: 'static/chunks/router.js',
      kind: 'framework',
      reason: 'next/dist/esm/client/components/layout-router.js, next/dist/client/app-dir/link.js',
    })
  })

  it('counts a chunk as the site’s as soon as it holds one of its components', () => {
    expect(classifyChunk('static/chunks/form.js', context(['22016', '11680']))).toMatchObject({
      kind: 'own',
      reason: 'app/contact/contact-form.tsx',
    })
  })

  it('counts a chunk with no known component as the site’s, so nothing slips through', () => {
    expect(classifyChunk('static/chunks/zod.js', context(['797', '12']))).toMatchObject({
      kind: 'own',
      reason: 'no known client component',
    })
  })
})
