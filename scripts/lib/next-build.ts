// Reads what `next build` (Turbopack) left in `.next`: per-route first-load chunks, the root
// main files, the client components each chunk defines, and gzip sizes of the files themselves.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

import { z } from 'zod'

import type { ClientModule } from '@/lib/budget/framework-chunks'
import type { ServerTrace } from '@/lib/budget/server-trace'

export const NEXT_DIR = join(process.cwd(), '.next')

const routeStats = z.array(
  z.object({
    route: z.string(),
    firstLoadUncompressedJsBytes: z.number(),
    firstLoadChunkPaths: z.array(z.string()),
  }),
)
export type RouteStats = z.infer<typeof routeStats>[number]

/** Each route's first-load chunks, as `<distDir>/static/chunks/…` paths. */
export function readRouteStats(distDir = NEXT_DIR): RouteStats[] {
  const file = join(distDir, 'diagnostics', 'route-bundle-stats.json')
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`next build\` first`)
  return routeStats.parse(JSON.parse(readFileSync(file, 'utf8')))
}

export function readRootMainFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(NEXT_DIR, 'build-manifest.json'), 'utf8'))
  return z.object({ rootMainFiles: z.array(z.string()) }).parse(manifest).rootMainFiles
}

const clientManifest = z.record(
  z.string(),
  z.object({
    clientModules: z.record(z.string(), z.object({ id: z.union([z.string(), z.number()]) })),
  }),
)

/** Every client component of every app route: the manifests are scripts that fill a global. */
export function readClientModules(): ClientModule[] {
  const appDir = join(NEXT_DIR, 'server', 'app')
  const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('_client-reference-manifest.js'),
  )
  return files.flatMap((file) => {
    const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: unknown } = {}
    sandbox.globalThis = sandbox
    runInNewContext(readFileSync(join(appDir, file), 'utf8'), sandbox)
    return Object.values(clientManifest.parse(sandbox.__RSC_MANIFEST)).flatMap((page) =>
      Object.entries(page.clientModules).map(([path, { id }]) => ({ id: String(id), path })),
    )
  })
}

/** The file trace of every server route and page (`*.nft.json`). */
export function readServerTraces(): ServerTrace[] {
  const serverDir = join(NEXT_DIR, 'server')
  const nft = z.object({ files: z.array(z.string()) })
  return readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.nft.json'))
    .map((file) => {
      const path = join(serverDir, file)
      return { file: path, files: nft.parse(JSON.parse(readFileSync(path, 'utf8'))).files }
    })
}

/**
 * The module ids a Turbopack chunk defines. A chunk is `TURBOPACK.push([script, id, factory, …])`;
 * running it against an empty array collects the ids without running any factory.
 */
export function definedModuleIds(chunkFile: string): string[] {
  const sandbox = { TURBOPACK: [] as unknown[][] }
  try {
    runInNewContext(readFileSync(chunkFile, 'utf8'), { ...sandbox, globalThis: sandbox })
  } catch {
    return []
  }
  return sandbox.TURBOPACK.flatMap((entry) =>
    entry
      .slice(1)
      .flatMap((item) =>
        typeof item === 'number' || typeof item === 'string' ? [String(item)] : [],
      ),
  )
}

/** zlib's default level, the one `next start`'s compression sends. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length
}
