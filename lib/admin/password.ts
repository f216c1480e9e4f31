import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Whether a typed password is the admin password, in time that depends on neither: both are
 * hashed first, so timingSafeEqual always compares 32 bytes and length leaks nothing.
 */
export function passwordMatches(given: string, expected: string): boolean {
  return timingSafeEqual(sha256Of(given), sha256Of(expected))
}

export function sha256Of(text: string): Buffer {
  // NFC, so the same password typed on systems that compose accents differently still matches.
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest()
}
