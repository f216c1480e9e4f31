import { describe, expect, it } from 'vitest'

import { isPreviewSecret } from './secret'

const secret = 'a-preview-secret-long-enough-to-use'

describe('isPreviewSecret', () => {
  it('accepts only the configured secret', () => {
    expect(isPreviewSecret(secret, secret)).toBe(true)
    expect(isPreviewSecret(`${secret}x`, secret)).toBe(false)
    expect(isPreviewSecret(secret.slice(0, -1), secret)).toBe(false)
    expect(isPreviewSecret(null, secret)).toBe(false)
  })

  it('is off while PREVIEW_SECRET is unset, whatever is given', () => {
    expect(isPreviewSecret('', undefined)).toBe(false)
    expect(isPreviewSecret(secret, undefined)).toBe(false)
    expect(isPreviewSecret('', '')).toBe(false)
  })

  it('refuses a configured secret short enough to guess', () => {
    expect(() => isPreviewSecret('short', 'short')).toThrow('at least 24 characters')
  })
})
