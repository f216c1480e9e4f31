import { describe, expect, it } from 'vitest'

import { fold, foldWithOrigin } from './fold'

describe('fold', () => {
  it('ignores case and accents', () => {
    expect(fold('Café CRÈME Ångström Łódź')).toBe('cafe creme angstrom łodz')
    expect(fold('naïve résumé')).toBe(fold('NAIVE RESUME'))
  })

  it('treats precomposed and decomposed accents alike', () => {
    expect(fold('Cafe\u0301')).toBe(fold('Caf\u00e9'))
  })

  it('splits ligatures and full-width letters into the letters people type', () => {
    expect(fold('ﬁle ＡＰＩ')).toBe('file api')
  })
})

describe('foldWithOrigin', () => {
  it('maps every folded character back to the character it came from', () => {
    const text = 'Cafe\u0301 ﬁx'
    const { folded, origin } = foldWithOrigin(text)
    expect(folded).toBe('cafe fix')
    // The combining accent folds to nothing; the ligature folds to two characters.
    expect(origin).toEqual([0, 1, 2, 3, 5, 6, 6, 7, 8])
  })
})
