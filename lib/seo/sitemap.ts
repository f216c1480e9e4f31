import type { MetadataRoute } from 'next'

import type { Article, Category, Tag } from '@/lib/content'
import { laterPages, PAGE_SIZE, pagePath } from '@/lib/content/paginate'
import { currentTime } from '@/lib/content/clock'
import { isListed } from '@/lib/content/visibility'
import { absoluteUrl } from '@/lib/site'

type Sources = { articles: Article[]; categories: Category[]; tags: Tag[] }

/** When an article last changed: its `updated` date, else its publication date. */
function lastModified(article: Article): string {
  return article.updated ?? article.date
}

function latest(articles: Article[]): string | undefined {
  return articles.map(lastModified).sort().at(-1)
}

/**
 * Every public page: home, published articles, categories and tags, and each listing's later
 * pages when it has them. A listing changes when one of its articles does (every page of it: a new
 * article shifts the rest along). Drafts are dropped here too, so a caller passing every article
 * cannot leak one.
 */
export function buildSitemap(sources: Sources): MetadataRoute.Sitemap {
  const now = currentTime()
  const articles = sources.articles.filter((article) => isListed(article, now))
  const listing = (path: string, listed: Article[]) =>
    [1, ...laterPages(listed.length, PAGE_SIZE)].map((page) => ({
      url: absoluteUrl(pagePath(path, page)),
      lastModified: latest(listed),
    }))
  return [
    ...listing('/', articles),
    ...articles.map((article) => ({
      url: absoluteUrl(article.url),
      lastModified: lastModified(article),
    })),
    ...sources.categories.flatMap((category) =>
      listing(
        category.url,
        articles.filter((a) => a.category.slug === category.slug),
      ),
    ),
    ...sources.tags.flatMap((tag) =>
      listing(
        tag.url,
        articles.filter((a) => a.tags.some((t) => t.slug === tag.slug)),
      ),
    ),
  ]
}
