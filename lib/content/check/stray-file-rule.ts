import type { ContentFile } from './content-files'
import { error, type Problem } from './problem'

/**
 * contentlayer only compiles `articles/**\/*.mdx` and `categories/**\/*.mdx` (and fails the build
 * on unknown documents), so an `x.md` saved by mistake would never reach the site.
 */
export function checkStrayFile(file: ContentFile): Problem[] {
  if (file.collection !== undefined) return []
  return [
    error({
      file: file.file,
      line: 1,
      field: 'file',
      message:
        'not an article or category: only content/articles/**/*.mdx and content/categories/**/*.mdx are published',
    }),
  ]
}
