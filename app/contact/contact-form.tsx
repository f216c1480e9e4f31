'use client'

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'

import { Field, inputClass } from '@/components/ui/field'
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, SUBMISSION_ID_FIELD } from '@/lib/contact/fields'
import {
  contactSchema,
  fieldErrorsOf,
  LIMITS,
  NEED_LABELS,
  NEEDS,
  type ContactFieldErrors,
} from '@/lib/contact/schema'

import { submitInquiry } from './actions'
import { emptyValues, type ContactState, type ContactValues } from './state'

type Props = { formToken: string; submissionId: string; article?: { slug: string; title: string } }

const ORDER: (keyof ContactValues)[] = ['name', 'email', 'company', 'need', 'message']

function firstInvalid(errors: ContactFieldErrors): keyof ContactValues | undefined {
  return ORDER.find((field) => errors[field]?.length)
}

export function ContactForm({ formToken, submissionId, article }: Props) {
  const [state, formAction, pending] = useActionState<ContactState, FormData>(submitInquiry, {
    status: 'idle',
    values: emptyValues,
  })
  const [clientErrors, setClientErrors] = useState<ContactFieldErrors | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  const serverErrors = state.status === 'error' ? state.fieldErrors : {}
  const errors = clientErrors ?? serverErrors
  const values = state.status === 'success' ? emptyValues : state.values
  const invalidFirst = firstInvalid(errors)

  // The server's verdict arrives after the form re-renders; move focus to what needs fixing.
  useEffect(() => {
    if (state.status !== 'error') return
    const field = firstInvalid(state.fieldErrors)
    if (field) (formRef.current?.elements.namedItem(field) as HTMLElement | null)?.focus()
  }, [state])

  if (state.status === 'success') {
    return (
      <div
        role="status"
        className="rounded-lg border border-emerald-600 bg-emerald-50 p-6 text-emerald-950"
      >
        <h2 className="text-xl font-semibold">Thank you, {state.name}. Your message is with us.</h2>
        <p className="mt-2 leading-relaxed">
          A senior engineer reads every inquiry and replies within two working days, from a real
          address you can answer. If it is urgent, say so in your reply and we will call.
        </p>
      </div>
    )
  }

  // Instant feedback with the same schema the server enforces; the server still decides.
  function validateBeforeSending(event: FormEvent<HTMLFormElement>) {
    const data = Object.fromEntries(new FormData(event.currentTarget))
    const result = contactSchema.safeParse(data)
    if (result.success) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    const fieldErrors = fieldErrorsOf(result.error)
    setClientErrors(fieldErrors)
    const field = firstInvalid(fieldErrors)
    if (field) (event.currentTarget.elements.namedItem(field) as HTMLElement | null)?.focus()
  }

  const problemCount = Object.values(errors).filter((list) => list?.length).length
  const formError = state.status === 'error' ? state.formError : undefined

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={validateBeforeSending}
      noValidate
      className="space-y-6"
    >
      <div aria-live="polite" role="status" className="empty:hidden">
        {formError ? (
          <p className="rounded-md border border-red-700 bg-red-50 p-4 font-medium text-red-800">
            {formError}
          </p>
        ) : problemCount > 0 ? (
          <p className="rounded-md border border-red-700 bg-red-50 p-4 font-medium text-red-800">
            {problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} attention
            before we can send your message.
          </p>
        ) : null}
      </div>

      {article ? (
        <p className="bg-wash border-line rounded-md border px-4 py-3 text-sm">
          About: <span className="font-semibold">{article.title}</span>
        </p>
      ) : null}

      <input type="hidden" name="article" value={article?.slug ?? ''} />
      <input type="hidden" name={FORM_TOKEN_FIELD} value={formToken} />
      <input type="hidden" name={SUBMISSION_ID_FIELD} value={submissionId} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
        <input
          id={HONEYPOT_FIELD}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>

      <Field id="name" label="Name" errors={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="name"
            name="name"
            type="text"
            autoComplete="name"
            required
            maxLength={LIMITS.name}
            defaultValue={values.name}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoFocus={invalidFirst === 'name'}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="email" label="Email" errors={errors.email}>
        {(describedBy, invalid) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={LIMITS.email}
            defaultValue={values.email}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoFocus={invalidFirst === 'email'}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="company" label="Company" hint="Optional" errors={errors.company}>
        {(describedBy, invalid) => (
          <input
            id="company"
            name="company"
            type="text"
            autoComplete="organization"
            maxLength={LIMITS.company}
            defaultValue={values.company}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoFocus={invalidFirst === 'company'}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="need" label="What do you need?" hint="Optional" errors={errors.need}>
        {(describedBy, invalid) => (
          <select
            id="need"
            name="need"
            defaultValue={values.need}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoFocus={invalidFirst === 'need'}
            className={inputClass}
          >
            <option value="">Choose one</option>
            {NEEDS.map((need) => (
              <option key={need} value={need}>
                {NEED_LABELS[need]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="message"
        label="Message"
        hint={`What are you building, and where does it hurt? ${LIMITS.messageMin} to ${LIMITS.messageMax.toLocaleString('en-US')} characters.`}
        errors={errors.message}
      >
        {(describedBy, invalid) => (
          <textarea
            id="message"
            name="message"
            rows={7}
            required
            maxLength={LIMITS.messageMax}
            defaultValue={values.message}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoFocus={invalidFirst === 'message'}
            className={inputClass}
          />
        )}
      </Field>

      <button
        type="submit"
        disabled={pending}
        className="bg-accent hover:bg-accent-strong rounded-md px-5 py-2.5 font-semibold text-white disabled:opacity-70"
      >
        {pending ? 'Sending…' : 'Send message'}
      </button>
    </form>
  )
}
