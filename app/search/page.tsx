import type { Metadata } from 'next'

import { Container } from '@/components/layout/container'
import { SEARCH_PATH } from '@/lib/search/paths'
import { parseQuery } from '@/lib/search/query'
import { searchArticles } from '@/lib/search/site-index'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

import { LiveSearch } from './live-search'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** The query as typed; `?q=a&q=b` (no form of ours sends it) reads as its first value. */
async function queryText({ searchParams }: Props): Promise<string> {
  const { q } = await searchParams
  return parseQuery((Array.isArray(q) ? q[0] : q) ?? '').text
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const text = await queryText(props)
  const metadata = pageMetadata({
    title: text ? `Results for “${text}”` : 'Search',
    description: `Search every article in ${site.publisher}'s ${site.libraryName}.`,
    path: SEARCH_PATH,
    cardOf: '/',
  })
  // Result pages are endless variations on the articles themselves: nothing for an index.
  return text ? { ...metadata, robots: { index: false } } : metadata
}

export default async function SearchPage(props: Props) {
  const { query, results } = searchArticles(await queryText(props))
  return (
    <Container className="py-10 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      {/* Keyed by the query so a navigation to another `?q=` starts from the server's results. */}
      <LiveSearch key={query.text} initial={{ query: query.text, results }} />
    </Container>
  )
}
