import { Link } from '@/components/ui/link'

import type { Tag } from '@/lib/content'

/** The article's tags, each leading to every other article that carries it. */
export function ArticleTags({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null
  return (
    <ul aria-label="Tags" className="mt-10 flex flex-wrap gap-2 text-sm">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={tag.url}
            className="border-line text-muted hover:border-accent hover:text-accent inline-block rounded-full border px-3 py-1"
          >
            <span aria-hidden="true">#</span>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
