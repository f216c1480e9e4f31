// `npm run new:article -- "Title" --category <slug> [--tags a,b] [--slug s] [--root dir]`:
// a draft article that already passes `content:check`, ready to write.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { scaffoldArticle } from '@/lib/content/check/scaffold-article'

const USAGE = 'usage: npm run new:article -- "Title" --category <slug> [--tags a,b] [--slug s]'

/** The editor's calendar day, not UTC's: an article started late at night is dated today. */
function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function fail(message: string): never {
  console.error(`new:article: ${message}`)
  process.exit(1)
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        category: { type: 'string' },
        tags: { type: 'string' },
        slug: { type: 'string' },
        root: { type: 'string' },
      },
    })
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
}

const { values, positionals } = readArguments()
const title = positionals.join(' ')
if (title.trim() === '' || values.category === undefined) fail(USAGE)

const result = scaffoldArticle({
  root: values.root ? resolve(values.root) : fileURLToPath(new URL('..', import.meta.url)),
  title,
  category: values.category,
  tags: values.tags?.split(','),
  slug: values.slug,
  today: localDate(new Date()),
})
if (result.status === 'error') fail(result.message)
console.log(`Created ${result.file} (draft)\nPreview: ${result.url}`)
