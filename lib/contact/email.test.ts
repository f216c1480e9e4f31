import { describe, expect, it } from 'vitest'
import { renderInquiryEmail } from '@/lib/contact/email'
import type { Inquiry } from '@/lib/db/schema'

const inquiry: Inquiry = {
  id: 42,
  created_at: Date.UTC(2026, 2, 29, 9, 30),
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  company: 'Analytical Engines',
  need: 'scaling',
  message: 'Line one\nLine two',
  article_slug: 'mvp-vs-scalable-architecture',
  status: 'new',
  ip_hash: 'f'.repeat(64),
  user_agent: 'Mozilla/5.0',
  idempotency_key: 'id:abc',
}
const context = { siteUrl: 'https://example.test' }

describe('inquiry notification email', () => {
  it('names the sender in the subject, and the article when known', () => {
    expect(renderInquiryEmail(inquiry, context).subject).toBe('New inquiry from Ada Lovelace')
    expect(
      renderInquiryEmail(inquiry, { ...context, articleTitle: 'MVP vs scalable' }).subject,
    ).toBe('New inquiry from Ada Lovelace about “MVP vs scalable”')
  })

  it('keeps the subject on one line whatever the name or title holds', () => {
    const { subject } = renderInquiryEmail(
      { ...inquiry, name: 'Ada\r\nBcc: victim@example.com' },
      { ...context, articleTitle: 'Title\nX-Injected: yes' },
    )
    expect(subject).not.toMatch(/[\r\n]/)
    expect(subject).toBe(
      'New inquiry from Ada Bcc: victim@example.com about “Title X-Injected: yes”',
    )
  })

  it('lists every field in the plain text, with labels for the need and a link to the article', () => {
    const { text } = renderInquiryEmail(inquiry, { ...context, articleTitle: 'MVP vs scalable' })
    expect(text).toContain('Name: Ada Lovelace')
    expect(text).toContain('Email: ada@example.com')
    expect(text).toContain('Company: Analytical Engines')
    expect(text).toContain('Need: Scaling an existing product')
    expect(text).toContain(
      'Article: MVP vs scalable (https://example.test/articles/mvp-vs-scalable-architecture)',
    )
    expect(text).toContain('Line one\nLine two')
  })

  it('leaves out fields the visitor skipped', () => {
    const { text, html } = renderInquiryEmail(
      { ...inquiry, company: null, need: null, article_slug: null },
      context,
    )
    expect(text).not.toMatch(/Company:|Need:|Article:/)
    expect(html).not.toMatch(/Company|Need|Article/)
  })

  it.each([
    ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      'an image with onerror',
      '<img src=x onerror="alert(1)">',
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    ],
    ['quotes and ampersands', `Tom & "Jerry's"`, 'Tom &amp; &quot;Jerry&#39;s&quot;'],
  ])('escapes %s in every visitor-written value of the HTML', (_, hostile, escaped) => {
    const { html } = renderInquiryEmail(
      {
        ...inquiry,
        name: hostile,
        company: hostile,
        message: hostile,
        email: `x${hostile}@example.com`,
      },
      { ...context, articleTitle: hostile },
    )
    expect(html).not.toContain(hostile)
    expect(html).not.toMatch(/<(script|img)/i)
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(5)
  })
})
