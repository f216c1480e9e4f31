import { FormattedDate } from '@/components/ui/formatted-date'
import type { Article, Status } from '@/lib/content'

type Props = { article: Article; status: Exclude<Status, 'published'> }

/** Tells an editor previewing an article that readers cannot see it yet, and why. */
export function PreviewBanner({ article, status }: Props) {
  return (
    <p
      role="note"
      className="mb-6 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {status === 'draft' ? (
        <>
          <strong>Draft</strong>: this article is not published and is not listed anywhere. Remove
          <code> draft: true</code> to schedule or publish it.
        </>
      ) : (
        <>
          <strong>Scheduled</strong>: this article goes live on{' '}
          <FormattedDate date={article.date} /> (00:00 UTC). Until then it is not listed anywhere
          and its address is a 404.
        </>
      )}{' '}
      You see it because this is a preview (<code>npm run dev</code> or the preview link).{' '}
      <a href="/api/preview/exit" className="font-medium underline">
        Leave preview
      </a>
    </p>
  )
}
