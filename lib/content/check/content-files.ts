import 'server-only'

import { readdirSync } from 'node:fs'
import { join } from 'node:path'

export type Collection = 'articles' | 'categories'

/** A file under `content/`; `file` is relative to the checked root, with `/` separators. */
export type ContentFile = { file: string; absolutePath: string; collection: Collection | undefined }

const COLLECTIONS: readonly Collection[] = ['articles', 'categories']

function collectionOf(relativeToContent: string): Collection | undefined {
  const [folder, ...rest] = relativeToContent.split('/')
  const name = rest.at(-1) ?? ''
  return COLLECTIONS.find((collection) => collection === folder && name.endsWith('.mdx'))
}

/**
 * Every file under `<root>/content`, nested folders included (contentlayer reads
 * `articles/**\/*.mdx`). Dotfiles are skipped, as contentlayer's globbing skips them.
 */
export function listContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = []
  const walk = (directory: string, relative: string) => {
    let entries
    try {
      entries = readdirSync(directory, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(join(directory, entry.name), path)
      else if (entry.isFile()) {
        files.push({
          file: `content/${path}`,
          absolutePath: join(directory, entry.name),
          collection: collectionOf(path),
        })
      }
    }
  }
  walk(join(root, 'content'), '')
  return files
}
