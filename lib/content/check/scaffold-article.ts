import 'server-only'

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { stringify } from 'yaml'

import { isCalendarDate } from '@/lib/content/frontmatter'
import { isValidSlug, slugFromTitle } from '@/lib/content/slug'

import { listContentFiles } from './content-files'
import { loadDocument, type ContentDocument } from './load-document'
import { PLACEHOLDER_DESCRIPTION } from './placeholder'
import { buildSiteIndex, describeCategories, resolveCategory } from './site-index'

export type ScaffoldOptions = {
  root: string
  title: string
  /** A category's slug (file name) or title. */
  category: string
  tags?: readonly string[]
  /** `YYYY-MM-DD`, passed in so the result doesn't depend on the clock. */
  today: string
  /** Overrides the slug made from the title (for titles with no Latin letters or digits). */
  slug?: string
}

export type ScaffoldResult =
  | { status: 'created'; file: string; slug: string; url: string }
  | { status: 'error'; message: string }

export const DEV_SERVER_URL = 'http://localhost:3000'

const SKELETON = `Open with the problem this article solves and who it is for, in two or three sentences.

## The problem

Describe the situation the reader is in and what it costs them.

## The approach

Show what to do, with the code, schema or diagram that makes it concrete.

## What to take away

Close with the decision the reader can make tomorrow.
`

function readDocuments(root: string): ContentDocument[] {
  return listContentFiles(root).flatMap((file) =>
    file.collection === undefined
      ? []
      : [loadDocument({ ...file, collection: file.collection }).document],
  )
}

/** Writes `content/articles/<slug>.mdx`: a draft that passes `content:check`, never over a file. */
export function scaffoldArticle(options: ScaffoldOptions): ScaffoldResult {
  const title = options.title.trim()
  if (title === '') return { status: 'error', message: 'the title is empty' }
  if (!isCalendarDate(options.today)) {
    return { status: 'error', message: `today must be YYYY-MM-DD, got "${options.today}"` }
  }
  const slug = options.slug ?? slugFromTitle(title)
  if (slug === undefined || !isValidSlug(slug)) {
    const given = options.slug === undefined ? `from "${title}"` : `"${options.slug}"`
    return {
      status: 'error',
      message: `no valid slug ${given}: pass --slug with lowercase letters, digits and hyphens`,
    }
  }
  const documents = readDocuments(options.root)
  const index = buildSiteIndex(documents)
  const category = resolveCategory(index, options.category)
  if (category === undefined) {
    return {
      status: 'error',
      message: `unknown category "${options.category}"; ${describeCategories(index.categories)}`,
    }
  }
  const clash = documents.find(
    (document) => document.collection === 'articles' && document.slug.toLowerCase() === slug,
  )
  const file = `content/articles/${slug}.mdx`
  if (clash !== undefined) {
    return {
      status: 'error',
      message: `${clash.file} already exists; pick another title or pass --slug`,
    }
  }
  const tags = (options.tags ?? []).map((tag) => tag.trim()).filter((tag) => tag !== '')
  const frontmatter = stringify(
    {
      title,
      description: PLACEHOLDER_DESCRIPTION,
      date: options.today,
      category: category.slug,
      ...(tags.length > 0 ? { tags } : {}),
      draft: true,
    },
    { lineWidth: 0 },
  )
  const absolutePath = join(options.root, file)
  mkdirSync(dirname(absolutePath), { recursive: true })
  try {
    // `wx` refuses to overwrite even if the file appeared since the listing.
    writeFileSync(absolutePath, `---\n${frontmatter}---\n\n${SKELETON}`, { flag: 'wx' })
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
    return { status: 'error', message: `${file} already exists; pick another title or pass --slug` }
  }
  return { status: 'created', file, slug, url: `${DEV_SERVER_URL}/articles/${slug}` }
}
