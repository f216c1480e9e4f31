// The prerendered HTML of each published article, with the word count of its source.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { countWords } from '@/lib/mdx/words'

import { NEXT_DIR } from './next-build'

export type ArticleHtml = {
  slug: string
  words: number
  htmlBytes: number
  gzipBytes: number
  /** Bytes of the inline `self.__next_f.push(…)` scripts: the RSC payload repeating the page. */
  rscBytes: number
}

const ARTICLES_HTML = join(NEXT_DIR, 'server', 'app', 'articles')
const ARTICLES_SOURCE = join(process.cwd(), 'content', 'articles')

function sourceWords(slug: string): number | undefined {
  const file = join(ARTICLES_SOURCE, `${slug}.mdx`)
  if (!existsSync(file)) return undefined
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n?/, '')
  return countWords(body)
}

function rscBytes(html: string): number {
  const scripts = html.match(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g) ?? []
  return scripts.reduce((sum, script) => sum + Buffer.byteLength(script), 0)
}

export function readArticleHtml(): ArticleHtml[] {
  return readdirSync(ARTICLES_HTML)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const slug = file.slice(0, -'.html'.length)
      const words = sourceWords(slug)
      if (words === undefined) return []
      const html = readFileSync(join(ARTICLES_HTML, file))
      const text = html.toString('utf8')
      return [
        {
          slug,
          words,
          htmlBytes: html.length,
          gzipBytes: gzipSync(html).length,
          rscBytes: rscBytes(text),
        },
      ]
    })
}
