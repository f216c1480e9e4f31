import { signOut } from './actions'
import { secondaryButton } from './styles'
import { SubmitButton } from './submit-button'

/** The frame of every signed-in admin page: wider than the articles, for the table. */
export function AdminShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-5 py-10 sm:px-6">
      <div className="border-line mb-8 flex items-center justify-between gap-4 border-b pb-4">
        <p className="text-accent text-sm font-semibold tracking-wider uppercase">Team inbox</p>
        <form action={signOut}>
          <SubmitButton className={`${secondaryButton} text-sm`}>Sign out</SubmitButton>
        </form>
      </div>
      {children}
    </div>
  )
}
