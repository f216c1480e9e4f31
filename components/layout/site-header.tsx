import { Link } from '@/components/ui/link'

import { SiteSearchForm } from '@/components/search/site-search-form'
import { site } from '@/lib/site'

import { Container } from './container'
import { ThemeToggle } from './theme-toggle'

export function SiteHeader() {
  return (
    <header className="border-line border-b">
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-4">
        <Link href="/" className="text-ink text-lg font-semibold tracking-tight">
          {site.publisher}
          <span className="text-muted ml-2 hidden text-sm font-normal sm:inline">
            {site.libraryName}
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <nav aria-label="Main">
            <ul className="flex gap-5 text-sm font-medium">
              {site.nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="text-muted hover:text-ink">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SiteSearchForm />
          <ThemeToggle />
        </div>
      </Container>
    </header>
  )
}
