'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { INBOX_PATH, requireAdminEnabled, startSession } from '@/lib/admin/session'
import { attemptSignIn } from '@/lib/admin/sign-in'
import { clientIpFrom } from '@/lib/contact/client-ip'
import { hashIp } from '@/lib/contact/ip-hash'
import { getDb } from '@/lib/db'

import type { SignInState } from './state'

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const expected = requireAdminEnabled()
  const result = await attemptSignIn(await getDb(), {
    fields: Object.fromEntries(formData),
    ipHash: hashIp(clientIpFrom(await headers())),
    expected,
  })

  switch (result.outcome) {
    case 'invalid':
      return { status: 'error', message: result.message }
    case 'wrong-password':
      // No hint: not how close it was, nor how many tries are left.
      return { status: 'error', message: 'That password is not right.' }
    case 'rate-limited':
      return {
        status: 'error',
        message: `Too many failed attempts. Try again in ${minutesText(result.retryAfterSeconds)}.`,
      }
    case 'signed-in':
      await startSession(expected)
  }
  redirect(INBOX_PATH)
}

function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}
