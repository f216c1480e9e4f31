'use client'

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'

import { Field, inputClass } from '@/components/ui/field'
import { LIMITS, NEED_LABELS, NEEDS } from '@/lib/contact/fields'
import type { ContactFieldErrors } from '@/lib/contact/schema'

import { submitInquiry } from './actions'
import { ContactConfirmation } from './contact-confirmation'
import { FormAlert } from './form-alert'
import { HiddenFields } from './hidden-fields'
import { emptyValues, type ContactState, type ContactValues } from './state'

type Schema = typeof import('@/lib/contact/schema')

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
  // The schema (with zod) loads when someone starts on the form, not with the page: it was most of
  // /contact's blocking script time. Until it is here, the server's answer is the only check.
  const schema = useRef<Schema | null>(null)
  const loadSchema = () => {
    if (schema.current) return
    void import('@/lib/contact/schema').then((loaded) => {
      schema.current = loaded
    })
  }

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

  if (state.status === 'success') return <ContactConfirmation name={state.name} />

  // Instant feedback with the same schema the server enforces; the server still decides.
  function validateBeforeSending(event: FormEvent<HTMLFormElement>) {
    if (!schema.current) return
    const { contactSchema, fieldErrorsOf } = schema.current
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

  // What every visible control shares: its name, the value to refill, focus when it is the first to fix.
  const control = (name: keyof ContactValues) => ({
    name,
    defaultValue: values[name],
    autoFocus: invalidFirst === name,
    className: inputClass,
  })

  const problemCount = Object.values(errors).filter((list) => list?.length).length
  const formError = state.status === 'error' ? state.formError : undefined

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={validateBeforeSending}
      onFocus={loadSchema}
      onPointerEnter={loadSchema}
      noValidate
      className="space-y-6"
    >
      <FormAlert formError={formError} problemCount={problemCount} />

      {article ? (
        <p className="bg-wash border-line rounded-md border px-4 py-3 text-sm">
          About: <span className="font-semibold">{article.title}</span>
        </p>
      ) : null}

      <HiddenFields article={article?.slug} formToken={formToken} submissionId={submissionId} />

      <Field id="name" label="Name" errors={errors.name}>
        {(aria) => (
          <input
            {...aria}
            {...control('name')}
            type="text"
            autoComplete="name"
            required
            maxLength={LIMITS.name}
          />
        )}
      </Field>
      <Field id="email" label="Email" errors={errors.email}>
        {(aria) => (
          <input
            {...aria}
            {...control('email')}
            type="email"
            autoComplete="email"
            required
            maxLength={LIMITS.email}
          />
        )}
      </Field>
      <Field id="company" label="Company" hint="Optional" errors={errors.company}>
        {(aria) => (
          <input
            {...aria}
            {...control('company')}
            type="text"
            autoComplete="organization"
            maxLength={LIMITS.company}
          />
        )}
      </Field>
      <Field id="need" label="What do you need?" hint="Optional" errors={errors.need}>
        {(aria) => (
          <select {...aria} {...control('need')}>
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
        {(aria) => (
          <textarea
            {...aria}
            {...control('message')}
            rows={7}
            required
            maxLength={LIMITS.messageMax}
          />
        )}
      </Field>

      <button
        type="submit"
        disabled={pending}
        className="bg-accent hover:bg-accent-strong text-on-accent rounded-md px-5 py-2.5 font-semibold disabled:opacity-70"
      >
        {pending ? 'Sending…' : 'Send message'}
      </button>
    </form>
  )
}
