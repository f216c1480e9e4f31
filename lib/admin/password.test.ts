import { describe, expect, it } from 'vitest'
import { passwordMatches } from '@/lib/admin/password'

describe('admin password check', () => {
  it('accepts the right password', () => {
    expect(passwordMatches('correct horse battery staple', 'correct horse battery staple')).toBe(
      true,
    )
  })

  it('refuses a wrong password of the same length', () => {
    expect(passwordMatches('correct horse battery stapler', 'correct horse battery staples')).toBe(
      false,
    )
  })

  it('refuses passwords of other lengths without throwing', () => {
    expect(passwordMatches('correct', 'correct horse battery staple')).toBe(false)
    expect(passwordMatches('correct horse battery staple!', 'correct horse battery staple')).toBe(
      false,
    )
    expect(passwordMatches('', 'correct horse battery staple')).toBe(false)
  })

  it('is case-sensitive', () => {
    expect(passwordMatches('Correct Horse', 'correct horse')).toBe(false)
  })

  it('matches an accented password however the accent was composed', () => {
    expect(passwordMatches('caf\u0065\u0301 au lait', 'caf\u00e9 au lait')).toBe(true)
  })
})
