import { Link } from '@/components/ui/link'

import type { Article } from '@/lib/content'

export function CallToAction({ article }: { article: Article }) {
  return (
    <section
      aria-labelledby="built-well"
      className="bg-panel mt-10 rounded-xl px-6 py-8 text-white sm:px-8"
    >
      <h2 id="built-well" className="text-xl font-semibold">
        Need this built well?
      </h2>
      <p className="mt-3 text-lg text-white">
        Need engineering depth behind the ideas in this article?
      </p>
      <p className="mt-2 leading-relaxed text-zinc-200">
        If your product needs stronger architecture, cleaner delivery, or a more scalable
        foundation, start with a direct conversation.
      </p>
      <Link
        href={`/contact?article=${encodeURIComponent(article.slug)}`}
        className="text-panel mt-6 inline-block rounded-md bg-white px-5 py-2.5 font-semibold hover:bg-zinc-100 focus-visible:outline-white"
      >
        Start a conversation
      </Link>
    </section>
  )
}
