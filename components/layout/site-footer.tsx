import { Link } from '@/components/ui/link'

import { getCategories } from '@/lib/content'
import { FEEDS } from '@/lib/feed/paths'
import { site } from '@/lib/site'

import { Container } from './container'

export function SiteFooter() {
  return (
    <footer className="render-when-near border-line text-muted mt-16 border-t text-sm">
      <Container className="flex flex-col gap-4 py-8 sm:flex-row sm:justify-between">
        <p>
          © {new Date().getFullYear()} {site.publisher}. Software, built well.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {getCategories().map((category) => (
              <li key={category.slug}>
                <Link href={category.url} className="hover:text-ink">
                  {category.title}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/contact" className="hover:text-ink">
                Contact
              </Link>
            </li>
            {/* Plain links: feeds are files, not pages the client router could render. */}
            {FEEDS.map((feed) => (
              <li key={feed.path}>
                <a href={feed.path} type={feed.mediaType} className="hover:text-ink">
                  {feed.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  )
}
