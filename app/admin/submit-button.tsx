'use client'

import { useFormStatus } from 'react-dom'

type Props = { children: React.ReactNode; className: string }

/** A submit button that can't be pressed twice while its form's action runs. */
export function SubmitButton({ children, className }: Props) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={`${className} disabled:opacity-70`}>
      {children}
    </button>
  )
}
