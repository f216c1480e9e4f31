import 'server-only'
import { cookies } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { adminPassword } from '@/lib/admin/config'
import {
  issueSessionToken,
  SESSION_MAX_AGE_MS,
  verifySessionToken,
  type SessionKeys,
} from '@/lib/admin/session-token'
import { getSecret } from '@/lib/secrets'

export const SIGN_IN_PATH = '/admin/sign-in'
export const INBOX_PATH = '/admin'

const COOKIE = 'admin_session'
const COOKIE_PATH = '/admin'

/** The admin password, or a 404 for anyone who asks while ADMIN_PASSWORD is unset. */
export function requireAdminEnabled(): string {
  const password = adminPassword()
  if (!password) notFound()
  return password
}

/**
 * The gate for every admin page, action and route handler: 404 when the admin is switched off,
 * a redirect to sign-in without a valid session. Actions call it too, since each is a public
 * endpoint whatever page rendered its form.
 */
export async function requireAdmin(): Promise<void> {
  if (!(await isSignedIn(requireAdminEnabled()))) redirect(SIGN_IN_PATH)
}

export async function isSignedIn(password: string): Promise<boolean> {
  const token = (await cookies()).get(COOKIE)?.value
  return verifySessionToken(token, keysFor(password))
}

/** Only from a server action or route handler: the cookie rides on the response. */
export async function startSession(password: string): Promise<void> {
  const store = await cookies()
  store.set(COOKIE, issueSessionToken(keysFor(password)), {
    ...cookieOptions(),
    maxAge: SESSION_MAX_AGE_MS / 1_000,
  })
}

export async function endSession(): Promise<void> {
  const store = await cookies()
  // The same attributes as when set, or a browser may keep the Secure original.
  store.delete({ name: COOKIE, ...cookieOptions() })
}

function cookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax',
    // Chromium and Firefox keep Secure cookies from http://localhost and 127.0.0.1 (loopback
    // counts as a secure context), so production can always ask for it, e2e runs included.
    secure: process.env.NODE_ENV === 'production',
    path: COOKIE_PATH,
  } as const
}

function keysFor(password: string): SessionKeys {
  return { secret: getSecret('session'), password }
}
