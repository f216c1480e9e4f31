/** The sentence the results' live region announces. Curly quotes set the query apart from the prose. */
export function resultsSummary(query: string, count: number): string {
  if (!query) return 'Type a word or two to search every article’s title, tags and text.'
  if (count === 0) return `No articles match “${query}”`
  return count === 1 ? `1 article matches “${query}”` : `${count} articles match “${query}”`
}
