import Link from 'next/link'

import { articleRef } from '@/lib/admin/article'
import { needLabel } from '@/lib/contact/fields'
import type { Inquiry } from '@/lib/db/schema'

import { None } from './none'
import { StatusBadge } from './status-badge'
import { UtcTime } from './utc-time'

type Props = { inquiries: Inquiry[]; caption: string }

const cell = 'border-line border-t px-3 py-2.5 align-top'
const COLUMNS = ['Received', 'Name', 'Email', 'Company', 'Need', 'Article', 'Status']

export function InquiryTable({ inquiries, caption }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-muted mb-3 text-left">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inquiries.map((inquiry) => (
            <InquiryRow key={inquiry.id} inquiry={inquiry} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function InquiryRow({ inquiry }: { inquiry: Inquiry }) {
  const article = articleRef(inquiry.article_slug)
  return (
    <tr>
      <td className={`${cell} whitespace-nowrap`}>
        <UtcTime ms={inquiry.created_at} />
      </td>
      <th scope="row" className={`${cell} font-medium`}>
        <Link
          href={`/admin/inquiries/${inquiry.id}`}
          className="text-accent underline underline-offset-4 hover:no-underline"
        >
          {inquiry.name}
        </Link>
      </th>
      <td className={`${cell} break-all`}>{inquiry.email}</td>
      <td className={cell}>{inquiry.company || <None />}</td>
      <td className={cell}>{needLabel(inquiry.need) || <None />}</td>
      <td className={cell}>{article ? (article.title ?? article.slug) : <None />}</td>
      <td className={cell}>
        <StatusBadge status={inquiry.status} />
      </td>
    </tr>
  )
}
