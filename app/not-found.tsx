import { Link } from '@/components/ui/link'

import { Container } from '@/components/layout/container'

export default function NotFound() {
  return (
    <Container className="py-16 sm:py-24">
      <p className="text-accent text-sm font-semibold tracking-wider uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">Page not found</h1>
      <p className="text-muted mt-4 text-lg">
        The page you asked for does not exist, or it has not been published yet.
      </p>
      <p className="mt-8">
        <Link href="/" className="text-accent font-medium underline underline-offset-4">
          Browse the library
        </Link>
      </p>
    </Container>
  )
}
