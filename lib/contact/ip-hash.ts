import 'server-only'
import { createHmac } from 'node:crypto'
import { getSecret } from '@/lib/secrets'

/**
 * The only form of a visitor's IP that is stored or logged. Keyed, so the hash of a known
 * address can't be looked up without the secret.
 */
export function hashIp(ip: string, secret: string = getSecret('ipHash')): string {
  return createHmac('sha256', secret).update(normalizeIp(ip)).digest('hex')
}

// The same client reaches Node as `::ffff:1.2.3.4` or `1.2.3.4` depending on the socket.
function normalizeIp(ip: string): string {
  const trimmed = ip.trim().toLowerCase()
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed
}
