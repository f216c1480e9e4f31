import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypePrettyCode from 'rehype-pretty-code'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'

import { extractHeadings } from './lib/mdx/headings'
import { rehypeImageSize } from './lib/mdx/rehype-image-size'
import { countWords } from './lib/mdx/words'

// A nested type rather than `json`, so the generated `Article` types `series` instead of leaving
// it `any`; the content check enforces the finer rules (non-empty name, whole positive order).
const Series = defineNestedType(() => ({
  name: 'Series',
  fields: {
    name: { type: 'string', required: true },
    order: { type: 'number', required: true },
  },
}))

// The editor-facing rules (every bad field at once, with lines) live in `npm run content:check`,
// which runs first; these types are the compiled contract the pages rely on.
export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    date: { type: 'date', required: true },
    updated: { type: 'date' },
    category: { type: 'string', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean', default: false },
    canonicalUrl: { type: 'string' },
    readingTime: { type: 'number' },
    syndication: { type: 'list', of: { type: 'string' }, default: [] },
    series: { type: 'nested', of: Series },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    wordCount: { type: 'number', resolve: (doc) => countWords(doc.body.raw) },
    headings: { type: 'json', resolve: (doc) => extractHeadings(doc.body.raw) },
  },
}))

export const Category = defineDocumentType(() => ({
  name: 'Category',
  filePathPattern: 'categories/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Category],
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  date: { timezone: 'UTC' },
  mdx: {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      rehypeSlug,
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
      [
        rehypePrettyCode,
        {
          theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
          keepBackground: false,
        },
      ],
      rehypeImageSize,
    ],
  },
})
