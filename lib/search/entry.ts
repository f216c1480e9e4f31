/** One article as search sees it: what the client index ships, and nothing it does not need. */
export type SearchEntry = {
  slug: string
  url: string
  title: string
  description: string
  /** Tag names as the editor wrote them. */
  tags: string[]
  /** The category's title, shown beside the date. */
  category: string
  /** Publication date, `YYYY-MM-DD`: the tie-breaker, newest first. */
  date: string
  /** The article's text as a reader sees it: no markdown syntax, no code blocks, one space between words. */
  body: string
}
