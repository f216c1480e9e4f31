import 'server-only'

import { statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'

import type { OutlineImage } from './body'
import { publicPath } from './internal-url'
import type { ContentDocument } from './load-document'
import { error, type Problem } from './problem'

export type PublicFiles = { exists: (path: string) => boolean }

/** Looks files up under `<root>/public` once each: articles share images. */
export function publicFiles(root: string): PublicFiles {
  const publicDirectory = resolve(root, 'public')
  const known = new Map<string, boolean>()
  return {
    exists(path) {
      const absolute = resolve(join(publicDirectory, path))
      if (!absolute.startsWith(publicDirectory + sep)) return false
      let found = known.get(absolute)
      if (found === undefined) {
        found = statSync(absolute, { throwIfNoEntry: false })?.isFile() ?? false
        known.set(absolute, found)
      }
      return found
    },
  }
}

const hasNoAlt = (image: OutlineImage) =>
  image.alt === undefined || (image.alt !== null && image.alt.trim() === '')

/** Site-rooted images must ship in `public/`, and every image needs words for screen readers. */
export function checkImages(
  document: ContentDocument,
  images: readonly OutlineImage[],
  files: PublicFiles,
): Problem[] {
  return images.flatMap((image) => {
    const at = { file: document.file, line: image.line, field: 'body' }
    const problems: Problem[] = []
    const path = image.src === undefined ? undefined : publicPath(image.src)
    if (path !== undefined && !files.exists(path)) {
      problems.push(
        error({ ...at, message: `image ${image.src} not found: expected public${path}` }),
      )
    }
    if (hasNoAlt(image)) {
      const what = image.src ?? 'an image'
      problems.push(
        error({ ...at, message: `image ${what} has no alt text: describe what it shows` }),
      )
    }
    return problems
  })
}
