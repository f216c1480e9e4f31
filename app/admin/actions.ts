'use server'

import { redirect } from 'next/navigation'

import { endSession, requireAdminEnabled, SIGN_IN_PATH } from '@/lib/admin/session'

/** Signing out needs no valid session: an expired or forged cookie is cleared all the same. */
export async function signOut(): Promise<void> {
  requireAdminEnabled()
  await endSession()
  redirect(SIGN_IN_PATH)
}
