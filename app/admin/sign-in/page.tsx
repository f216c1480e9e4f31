import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Container } from '@/components/layout/container'
import { INBOX_PATH, isSignedIn, requireAdminEnabled } from '@/lib/admin/session'

import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }
export const dynamic = 'force-dynamic'

export default async function SignInPage() {
  if (await isSignedIn(requireAdminEnabled())) redirect(INBOX_PATH)
  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sign in to the team inbox</h1>
      <p className="text-muted mt-4 mb-8 text-lg leading-relaxed">
        Enter the team’s admin password to read and sort contact form inquiries.
      </p>
      <SignInForm />
    </Container>
  )
}
