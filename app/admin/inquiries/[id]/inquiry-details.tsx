import Link from 'next/link'

import { articleRef } from '@/lib/admin/article'
import { needLabel } from '@/lib/contact/fields'
import type { Inquiry } from '@/lib/db/schema'

import { None } from '../../none'
import { textLink } from '../../styles'
import { UtcTime } from '../../utc-time'
import { DetailRow } from './detail-row'

export function InquiryDetails({ inquiry }: { inquiry: Inquiry }) {
  const article = articleRef(inquiry.article_slug)
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      <DetailRow term="Name">{inquiry.name}</DetailRow>
      <DetailRow term="Email">
        <a href={`mailto:${inquiry.email}`} className={`${textLink} break-all`}>
          {inquiry.email}
        </a>
      </DetailRow>
      <DetailRow term="Company">{inquiry.company || <None />}</DetailRow>
      <DetailRow term="Need">{needLabel(inquiry.need) || <None />}</DetailRow>
      <DetailRow term="Article">
        {!article ? (
          <None />
        ) : article.url ? (
          <Link href={article.url} className={textLink}>
            {article.title}
          </Link>
        ) : (
          <>
            {article.slug} <span className="text-muted">(no longer published)</span>
          </>
        )}
      </DetailRow>
      <DetailRow term="Received">
        <UtcTime ms={inquiry.created_at} />
      </DetailRow>
      <DetailRow term="Browser">{inquiry.user_agent || <None />}</DetailRow>
    </dl>
  )
}
