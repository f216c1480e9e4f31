import 'server-only'

/**
 * The team's shared password, or undefined when the admin is switched off. Read on every call so
 * setting or clearing ADMIN_PASSWORD takes effect on the next request, without a rebuild.
 */
export function adminPassword(): string | undefined {
  const password = process.env.ADMIN_PASSWORD
  return password?.trim() ? password : undefined
}
