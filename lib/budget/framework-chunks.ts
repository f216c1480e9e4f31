/**
 * Which of a route's first-load chunks are Next's framework and which are the site's own.
 *
 * The rule, from what a Turbopack build records:
 * 1. The build manifest's `rootMainFiles` are framework: the React DOM, router and Turbopack
 *    runtime every app-router page boots with, whatever the app contains.
 * 2. Any other chunk is framework when the client components it defines (client-reference
 *    manifests map each one's module id to its source path) all come from `next` or `react`:
 *    the layout router, `next/link`, `next/image`. A chunk defining any of the site's own client
 *    components is the site's.
 * 3. A chunk that defines no client component known to the manifests (a component's
 *    dependencies split off, like zod for the contact form) counts as the site's: a budget
 *    should over-count rather than wave code through.
 */
export type ChunkKind = 'framework' | 'own'
export type ClientModule = { id: string; path: string }
export type ClassifiedChunk = { chunk: string; kind: ChunkKind; reason: string }

const FRAMEWORK_PACKAGE = /(^|\/)node_modules\/(next|react|react-dom|scheduler)\//

/** `.next/static/…`, `static/…` and `/_next/static/…` all name the same file. */
export function chunkKey(path: string): string {
  const at = path.indexOf('static/')
  return at === -1 ? path : path.slice(at)
}

export function isFrameworkModule(path: string): boolean {
  return FRAMEWORK_PACKAGE.test(path)
}

function shortName(path: string): string {
  return path.replace(/^\[project\]\//, '').replace(/^.*node_modules\//, '')
}

export function classifyChunk(
  chunk: string,
  context: {
    rootMainFiles: ReadonlySet<string>
    definedModuleIds: readonly string[]
    clientModules: ReadonlyMap<string, string>
  },
): ClassifiedChunk {
  const key = chunkKey(chunk)
  if (context.rootMainFiles.has(key))
    return { chunk: key, kind: 'framework', reason: 'root main file' }
  const known = context.definedModuleIds.flatMap((id) => context.clientModules.get(id) ?? [])
  const own = known.filter((path) => !isFrameworkModule(path))
  if (own.length > 0) return { chunk: key, kind: 'own', reason: own.map(shortName).join(', ') }
  if (known.length === 0) return { chunk: key, kind: 'own', reason: 'no known client component' }
  return { chunk: key, kind: 'framework', reason: known.map(shortName).join(', ') }
}
