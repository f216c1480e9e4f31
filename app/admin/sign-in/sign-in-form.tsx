'use client'

import { useActionState } from 'react'

import { inputClass } from '@/components/ui/field'

import { primaryButton } from '../styles'
import { signIn } from './actions'
import type { SignInState } from './state'

export function SignInForm() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signIn, {
    status: 'idle',
  })
  const error = state.status === 'error' ? state.message : undefined

  return (
    <form action={formAction} className="max-w-sm space-y-6">
      <div>
        <label htmlFor="password" className="block font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={error ? 'password-error' : undefined}
          aria-invalid={error ? true : undefined}
          // After a refusal (also without JavaScript), focus returns here and the error is read out.
          autoFocus={Boolean(error)}
          className={`${inputClass} mt-1.5`}
        />
        <div aria-live="polite" role="status">
          {error ? (
            <p
              id="password-error"
              className="mt-1.5 text-sm font-medium text-red-700 dark:text-red-300"
            >
              {error}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} disabled:opacity-70`}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
