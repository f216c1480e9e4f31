import 'server-only'

import { scanBody } from './body'
import { checkCategory, checkCategoryTitles } from './category-rule'
import { listContentFiles, type Collection, type ContentFile } from './content-files'
import { checkDescription } from './description-rule'
import type { CheckedCounts } from './format'
import { checkFrontmatter } from './frontmatter-rule'
import { checkHeadings } from './heading-rule'
import { checkImages, publicFiles } from './image-rule'
import { checkLinks } from './link-rule'
import { loadDocument, type ContentDocument } from './load-document'
import { sortProblems, type Problem } from './problem'
import { checkSeriesOrder } from './series-rule'
import { buildSiteIndex } from './site-index'
import { checkSlugs } from './slug-rules'
import { checkStrayFile } from './stray-file-rule'

export type { CheckedCounts } from './format'
export { formatProblem, formatReport, formatSummary } from './format'
export type { Problem, Severity } from './problem'

export type CheckOptions = {
  /** The folder holding `content/` and `public/`: the repo root, or a test's temp dir. */
  root: string
}

const isDocumentFile = (file: ContentFile): file is ContentFile & { collection: Collection } =>
  file.collection !== undefined

/** Every problem in the content, and how many articles and categories were read. */
export function checkContentWithCounts({ root }: CheckOptions): {
  problems: Problem[]
  counts: CheckedCounts
} {
  const files = listContentFiles(root)
  const problems: Problem[] = files.flatMap(checkStrayFile)
  const documents: ContentDocument[] = []
  for (const file of files.filter(isDocumentFile)) {
    const loaded = loadDocument(file)
    documents.push(loaded.document)
    problems.push(...loaded.problems)
  }
  const index = buildSiteIndex(documents)
  const images = publicFiles(root)
  problems.push(
    ...checkSlugs(documents),
    ...checkCategoryTitles(index, documents),
    ...checkSeriesOrder(documents),
  )
  for (const document of documents) {
    const outline = scanBody(document.body, document.bodyFirstLine)
    problems.push(
      ...checkFrontmatter(document),
      ...checkCategory(document, index),
      ...checkDescription(document),
      ...checkHeadings(document, outline.headings),
      ...checkLinks(document, outline.links, index),
      ...checkImages(document, outline.images, images),
    )
  }
  const count = (collection: Collection) =>
    documents.filter((document) => document.collection === collection).length
  return {
    problems: sortProblems(problems),
    counts: { articles: count('articles'), categories: count('categories') },
  }
}

/** Every problem in `<root>/content`, in file and line order; empty when the content is clean. */
export function checkContent(options: CheckOptions): Problem[] {
  return checkContentWithCounts(options).problems
}
