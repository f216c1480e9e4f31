import type { Metadata } from 'next'

import { Container } from '@/components/layout/container'
import { site } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Contact',
  description: `Start a conversation with ${site.publisher} about your product.`,
  alternates: { canonical: '/contact' },
}

export default function ContactPage() {
  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Start a conversation</h1>
      <p className="text-muted mt-4 text-lg leading-relaxed">
        Tell us what you are building and where it hurts. A senior engineer reads every message and
        replies within two working days.
      </p>
      <p className="mt-6">The contact form opens here shortly.</p>
    </Container>
  )
}
