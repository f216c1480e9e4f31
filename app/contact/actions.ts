'use server'

import { after } from 'next/server'
import { headers } from 'next/headers'

import { getArticle, getPublishedArticle } from '@/lib/content'
import { clientIpFrom } from '@/lib/contact/client-ip'
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, SUBMISSION_ID_FIELD } from '@/lib/contact/fields'
import { takeInquiry } from '@/lib/contact/intake'
import { kickOutbox } from '@/lib/contact/outbox-timer'
import { getDb } from '@/lib/db'

import type { ContactState, ContactValues } from './state'

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

function valuesOf(formData: FormData): ContactValues {
  return {
    name: text(formData, 'name'),
    email: text(formData, 'email'),
    company: text(formData, 'company'),
    need: text(formData, 'need'),
    message: text(formData, 'message'),
  }
}

/** The contact form's only authority: every action is a public endpoint, so it trusts nothing. */
export async function submitInquiry(
  _previous: ContactState,
  formData: FormData,
): Promise<ContactState> {
  const values = valuesOf(formData)
  const requestHeaders = await headers()
  const result = await takeInquiry(await getDb(), {
    fields: { ...values, article: text(formData, 'article') },
    honeypot: formData.get(HONEYPOT_FIELD),
    formToken: formData.get(FORM_TOKEN_FIELD),
    submissionId: formData.get(SUBMISSION_ID_FIELD),
    clientIp: clientIpFrom(requestHeaders),
    userAgent: requestHeaders.get('user-agent'),
    knownArticle: (slug) => getPublishedArticle(slug) !== undefined,
  })

  switch (result.outcome) {
    case 'invalid':
      return { status: 'error', fieldErrors: result.fieldErrors, values }
    case 'rate-limited':
      return {
        status: 'error',
        fieldErrors: {},
        formError: `You have sent several messages in a short time. Please wait ${waitText(result.retryAfterSeconds)} and try again; nothing was sent this time.`,
        values,
      }
    case 'accepted':
      // The email leaves right after the response; the outbox row already guarantees it will.
      if (result.notify)
        after(() => kickOutbox({ articleTitle: (slug) => getArticle(slug)?.title }))
      return { status: 'success', name: result.name }
  }
}

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 90) return `${minutes} minutes`
  return `${Math.ceil(minutes / 60)} hours`
}
