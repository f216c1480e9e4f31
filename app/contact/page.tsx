import type { Metadata } from 'next'
import { randomUUID } from 'node:crypto'

import { Container } from '@/components/layout/container'
import { getPublishedArticle } from '@/lib/content'
import { issueFormToken } from '@/lib/contact/form-token'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'

import { ContactForm } from './contact-form'

export const metadata: Metadata = pageMetadata({
  title: 'Contact',
  description: `Start a conversation with ${site.publisher} about the product you are building.`,
  path: '/contact',
  cardOf: '/',
})

type Props = { searchParams: Promise<{ article?: string | string[] }> }

export default async function ContactPage({ searchParams }: Props) {
  const { article: slug } = await searchParams
  const article = typeof slug === 'string' ? getPublishedArticle(slug) : undefined
  const about = article && { slug: article.slug, title: article.title }
  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Start a conversation</h1>
      <p className="text-muted mt-4 mb-10 text-lg leading-relaxed">
        Tell us what you are building and where it hurts. A senior engineer reads every message and
        replies within two working days.
      </p>
      {/* Each render gets its own token (when the form was shown) and submission id (dedupes resubmits). */}
      <ContactForm formToken={issueFormToken()} submissionId={randomUUID()} article={about} />
    </Container>
  )
}
