import { needLabel } from '@/lib/contact/fields'
import type { Inquiry } from '@/lib/db/schema'

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

export interface EmailContext {
  articleTitle?: string
  /** Origin for links, without a trailing slash: `https://moddercoder.com`. */
  siteUrl: string
}

/** The team's notification for one inquiry. Every visitor-written value is escaped in the HTML. */
export function renderInquiryEmail(
  inquiry: Inquiry,
  { articleTitle, siteUrl }: EmailContext,
): RenderedEmail {
  const about = articleTitle ? ` about “${oneLine(articleTitle)}”` : ''
  const articleUrl = inquiry.article_slug
    ? `${siteUrl}/articles/${inquiry.article_slug}`
    : undefined
  const fields: [label: string, value: string | undefined][] = [
    ['Name', inquiry.name],
    ['Email', inquiry.email],
    ['Company', inquiry.company ?? undefined],
    ['Need', needLabel(inquiry.need) || undefined],
    ['Article', articleUrl && (articleTitle ? `${articleTitle} (${articleUrl})` : articleUrl)],
    ['Received', new Date(inquiry.created_at).toUTCString()],
  ]
  const present = fields.filter((f): f is [string, string] => Boolean(f[1]))

  return {
    subject: `New inquiry from ${oneLine(inquiry.name)}${about}`,
    text: [
      ...present.map(([label, value]) => `${label}: ${value}`),
      '',
      inquiry.message,
      '',
      `Inquiry #${inquiry.id}. Reply to this email to answer ${inquiry.name}.`,
    ].join('\n'),
    html: [
      '<table cellpadding="4" style="border-collapse:collapse">',
      ...present.map(
        ([label, value]) => `<tr><th align="left">${label}</th><td>${escapeHtml(value)}</td></tr>`,
      ),
      '</table>',
      `<p style="white-space:pre-wrap">${escapeHtml(inquiry.message)}</p>`,
      `<p>Inquiry #${inquiry.id}. Reply to this email to answer ${escapeHtml(inquiry.name)}.</p>`,
    ].join('\n'),
  }
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

// Header values must not break lines; validated input has none, but titles and old rows are not form input.
function oneLine(value: string): string {
  return value.replace(/[\r\n\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()
}
