import type { ReactNode } from 'react'

/** What the control needs to be announced with its label's hint and errors. */
export type ControlAria = {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

type FieldProps = {
  id: string
  label: string
  hint?: string
  errors?: string[]
  children: (aria: ControlAria) => ReactNode
}

/** A labelled control with its hint and errors linked by `aria-describedby`. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-muted mt-0.5 text-sm">
          {hint}
        </p>
      ) : null}
      <div className="mt-1.5">
        {children({
          id,
          'aria-describedby': describedBy,
          'aria-invalid': errorId ? true : undefined,
        })}
      </div>
      {errorId ? (
        <ul id={errorId} className="mt-1.5 text-sm font-medium text-red-700 dark:text-red-300">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export const inputClass =
  'border-line block w-full bg-field rounded-md border px-3 py-2 text-base shadow-xs aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 dark:aria-invalid:border-red-400 dark:aria-invalid:ring-red-400'
