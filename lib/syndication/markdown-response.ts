/** A markdown file; `download` names it and asks the browser to save rather than show it. */
export function markdownResponse(body: string, { download }: { download?: string } = {}): Response {
  const headers: Record<string, string> = { 'Content-Type': 'text/markdown; charset=utf-8' }
  if (download) headers['Content-Disposition'] = `attachment; filename="${download}"`
  return new Response(body, { headers })
}
