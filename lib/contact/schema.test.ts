import { describe, expect, it } from 'vitest'
import { NEED_LABELS, NEEDS } from '@/lib/contact/fields'
import { contactSchema, fieldErrorsOf } from '@/lib/contact/schema'

const valid = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  company: 'Analytical Engines',
  need: 'scaling',
  message: 'We need help scaling our product to more users.',
  article: 'mvp-vs-scalable-architecture',
}

function errorsFor(input: Record<string, unknown>) {
  const result = contactSchema.safeParse(input)
  if (result.success) return {}
  return fieldErrorsOf(result.error)
}

describe('contact form schema', () => {
  it('accepts a complete form and trims every text field', () => {
    const result = contactSchema.parse({
      ...valid,
      name: '  Ada Lovelace ',
      email: ' ada@example.com\n',
      company: ' Analytical Engines ',
      message: `  ${valid.message}  `,
    })
    expect(result).toEqual(valid)
  })

  it('treats empty optional fields as not given', () => {
    const result = contactSchema.parse({ ...valid, company: '   ', need: '', article: '' })
    expect(result.company).toBeUndefined()
    expect(result.need).toBeUndefined()
    expect(result.article).toBeUndefined()
  })

  it('ignores fields it does not know, like the honeypot and Next action ids', () => {
    const result = contactSchema.parse({ ...valid, website: '', $ACTION_ID_abc: '' })
    expect(result).not.toHaveProperty('website')
  })

  it('reports every problem at once, one message per field', () => {
    expect(
      errorsFor({ name: ' ', email: '', message: 'too short', need: 'world-domination' }),
    ).toEqual({
      name: ['Enter your name'],
      email: ['Enter your email address'],
      need: ['Choose one of the listed options for what you need'],
      message: ['Your message needs at least 20 characters (you wrote 9)'],
    })
  })

  it('asks for each required field when the form arrives without it', () => {
    expect(errorsFor({})).toEqual({
      name: ['Enter your name'],
      email: ['Enter your email address'],
      message: ['Enter your message'],
    })
  })

  describe('name', () => {
    it('allows 100 characters and refuses 101', () => {
      expect(errorsFor({ ...valid, name: 'a'.repeat(100) })).toEqual({})
      expect(errorsFor({ ...valid, name: 'a'.repeat(101) }).name).toEqual([
        'Your name can be at most 100 characters (you wrote 101)',
      ])
    })

    it.each([
      ['a line feed', 'Ada\nBcc: x@evil.test'],
      ['a carriage return', 'Ada\rLovelace'],
      ['a NUL', 'Ada\u0000'],
      ['a tab', 'Ada\tLovelace'],
      ['a unicode line separator', 'Ada\u2028Lovelace'],
    ])('refuses %s inside', (_, name) => {
      expect(errorsFor({ ...valid, name }).name).toEqual([
        'Your name can’t contain line breaks or control characters',
      ])
    })

    it('keeps accents and other scripts', () => {
      expect(contactSchema.parse({ ...valid, name: 'Zoë Åström 王小明' }).name).toBe(
        'Zoë Åström 王小明',
      )
    })
  })

  describe('email', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`

    it('allows 254 characters and refuses 255', () => {
      expect(at254).toHaveLength(254)
      expect(errorsFor({ ...valid, email: at254 })).toEqual({})
      expect(errorsFor({ ...valid, email: `a${at254}` }).email).toEqual([
        'An email address can be at most 254 characters',
      ])
    })

    it.each([
      'ada',
      'ada@',
      '@example.com',
      'ada@example',
      'ada @example.com',
      'ada@exa\u0000mple.com',
    ])('refuses %j with an example of a valid one', (email) => {
      expect(errorsFor({ ...valid, email }).email).toEqual([
        'Enter a valid email address, like name@company.com',
      ])
    })
  })

  describe('company', () => {
    it('allows 120 characters and refuses 121', () => {
      expect(errorsFor({ ...valid, company: 'c'.repeat(120) })).toEqual({})
      expect(errorsFor({ ...valid, company: 'c'.repeat(121) }).company).toEqual([
        'Your company name can be at most 120 characters (you wrote 121)',
      ])
    })

    it('refuses line breaks', () => {
      expect(errorsFor({ ...valid, company: 'Acme\r\nInc' }).company).toEqual([
        'Your company name can’t contain line breaks or control characters',
      ])
    })
  })

  describe('need', () => {
    it('accepts each listed option, each with a human label', () => {
      for (const need of NEEDS) {
        expect(contactSchema.parse({ ...valid, need }).need).toBe(need)
      }
      expect(Object.values(NEED_LABELS)).toEqual([
        'New product',
        'Scaling an existing product',
        'Architecture review',
        'Other',
      ])
    })
  })

  describe('message', () => {
    it('needs 20 characters after trimming and counts what was written', () => {
      expect(errorsFor({ ...valid, message: 'm'.repeat(20) })).toEqual({})
      expect(errorsFor({ ...valid, message: ` ${'m'.repeat(19)}  ` }).message).toEqual([
        'Your message needs at least 20 characters (you wrote 19)',
      ])
    })

    it('allows 5,000 characters and refuses 5,001', () => {
      expect(errorsFor({ ...valid, message: 'm'.repeat(5000) })).toEqual({})
      expect(errorsFor({ ...valid, message: 'm'.repeat(5001) }).message).toEqual([
        'Your message can be at most 5,000 characters (you wrote 5,001)',
      ])
    })

    it('keeps line breaks but refuses NUL', () => {
      const message = 'First line of the message\nand the second line.'
      expect(contactSchema.parse({ ...valid, message }).message).toBe(message)
      expect(errorsFor({ ...valid, message: `${message}\u0000` }).message).toEqual([
        'Your message contains a character that can’t be sent (NUL); remove it',
      ])
    })
  })

  it('refuses text that arrived as invalid UTF-8 (decoded to U+FFFD) in each text field', () => {
    const broken = Buffer.from([0x41, 0x64, 0xff, 0xfe, 0x61]).toString('utf8')
    expect(
      errorsFor({ ...valid, name: broken, company: broken, message: `${broken} ${valid.message}` }),
    ).toEqual({
      name: ['Your name has characters we could not read (a broken encoding); type it again'],
      company: [
        'Your company name has characters we could not read (a broken encoding); type it again',
      ],
      message: ['Your message has characters we could not read (a broken encoding); type it again'],
    })
  })

  describe('article', () => {
    it.each([
      ['uppercase', 'Not-A-Slug'],
      ['a path', '../etc/passwd'],
      ['spaces', 'two words'],
      ['201 characters', 'a'.repeat(201)],
      ['a number', 42],
    ])('drops %s silently instead of failing the form', (_, article) => {
      const result = contactSchema.safeParse({ ...valid, article })
      expect(result.success).toBe(true)
      expect(result.data?.article).toBeUndefined()
    })

    it('keeps a 200-character slug', () => {
      const article = 'a'.repeat(200)
      expect(contactSchema.parse({ ...valid, article }).article).toBe(article)
    })
  })
})
