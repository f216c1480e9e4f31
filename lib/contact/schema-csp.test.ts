import { afterEach, describe, expect, it } from 'vitest'

import { sampleInput } from '@/lib/contact/test-fixtures'

// The page's CSP has no 'unsafe-eval'. zod compiles fast object parsers with `new Function`
// unless told not to, and even its guarded probe shows in Chrome's Issues panel, which costs
// /contact its Lighthouse Best Practices 100. This file imports the schema afresh (Vitest runs
// each test file in its own module graph), so the probe would happen here if it still could.
const NativeFunction = globalThis.Function

afterEach(() => {
  globalThis.Function = NativeFunction
})

describe('the contact schema under a CSP without eval', () => {
  it('is built and used without ever compiling code', async () => {
    const compiled: unknown[][] = []
    globalThis.Function = new Proxy(NativeFunction, {
      construct(target, args) {
        compiled.push(args)
        return Reflect.construct(target, args)
      },
      apply(target, thisArg, args) {
        compiled.push(args)
        return Reflect.apply(target, thisArg, args)
      },
    })
    const { contactSchema } = await import('@/lib/contact/schema')
    expect(contactSchema.safeParse(sampleInput).success).toBe(true)
    expect(compiled).toEqual([])
  })
})
