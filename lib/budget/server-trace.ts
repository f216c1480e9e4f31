import path from 'node:path'

/** One route's file trace as `next build` writes it: `<route>.js.nft.json`, paths relative to it. */
export type ServerTrace = { file: string; files: readonly string[] }

const SOURCE = /\.(?:[cm]?[jt]sx?|mdx?)$/

/**
 * Files of the project itself (outside `node_modules` and the build folder) that the server
 * traces list, relative to `root`. A few are expected: files a route reads at run time, like the
 * Open Graph images' fonts.
 */
export function tracedProjectFiles(
  traces: readonly ServerTrace[],
  root: string,
  distDir: string,
): string[] {
  const found = new Set<string>()
  for (const trace of traces) {
    for (const traced of trace.files) {
      const absolute = path.resolve(path.dirname(trace.file), traced)
      const relative = path.relative(root, absolute)
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue
      if (relative.split(path.sep).includes('node_modules')) continue
      if (absolute === distDir || absolute.startsWith(distDir + path.sep)) continue
      found.add(relative)
    }
  }
  return [...found].sort()
}

/**
 * Source files among them. The server runs compiled chunks, never the sources, so a trace that
 * lists them is a trace of the whole project: Turbopack does that when a filesystem path it cannot
 * scope reaches an `fs` or `path` call (fix it with a `turbopackIgnore` comment at that call).
 */
export function sweptSources(projectFiles: readonly string[]): string[] {
  return projectFiles.filter((file) => SOURCE.test(file))
}
