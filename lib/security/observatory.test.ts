import { describe, expect, it } from 'vitest'

import { gradeFor, observatoryReport, type ObservatoryInput } from './observatory'
import { cspResult } from './observatory-csp'

// The examples are the rows of the Observatory's scoring table
// (developer.mozilla.org/en-US/observatory/docs/tests_and_scoring).

const resultOf = (test: string, input: Partial<ObservatoryInput>) =>
  observatoryReport({ headers: {}, https: true, ...input }).results.find((r) => r.test === test)

describe('Observatory CSP test', () => {
  it.each([
    [
      "default-src 'none'; script-src 'self'; form-action 'self'",
      'csp-implemented-with-no-unsafe-default-src-none',
    ],
    ["default-src 'self'; object-src 'none'", 'csp-implemented-with-no-unsafe'],
    [
      "default-src 'self'; style-src 'self' 'unsafe-inline'",
      'csp-implemented-with-unsafe-inline-in-style-src-only',
    ],
    [
      "default-src 'self'; img-src http://cdn.example",
      'csp-implemented-with-insecure-scheme-in-passive-content-only',
    ],
    ["default-src 'self'; script-src 'self' 'unsafe-eval'", 'csp-implemented-with-unsafe-eval'],
    ["default-src 'self'; script-src 'self' 'unsafe-inline'", 'csp-implemented-with-unsafe-inline'],
    ["default-src 'self'; script-src 'self' data:", 'csp-implemented-with-unsafe-inline'],
    ["script-src 'self'", 'csp-implemented-with-unsafe-inline'], // object-src unrestricted
    ["default-src 'self'; script-src http://cdn.example", 'csp-implemented-with-insecure-scheme'],
    ["default-src 'self'; script-src 'strict-dynamic'", 'csp-header-invalid'],
  ])('%s → %s', (policy, expected) => {
    expect(cspResult([policy], true)).toBe(expected)
  })

  it("ignores 'unsafe-inline' beside a hash, as CSP2 browsers do", () => {
    expect(
      cspResult(["default-src 'self'; script-src 'self' 'unsafe-inline' 'sha256-abc='"], true),
    ).toBe('csp-implemented-with-no-unsafe')
  })

  it('scores a missing policy −25', () => {
    expect(resultOf('content-security-policy', {})).toMatchObject({
      result: 'csp-not-implemented',
      modifier: -25,
    })
  })
})

describe('Observatory header tests', () => {
  it.each([
    [
      { 'strict-transport-security': 'max-age=63072000; includeSubDomains; preload' },
      'hsts-implemented-max-age-at-least-six-months',
      0,
    ],
    [
      { 'strict-transport-security': 'max-age=300' },
      'hsts-implemented-max-age-less-than-six-months',
      -10,
    ],
    [{ 'strict-transport-security': 'includeSubDomains' }, 'hsts-header-invalid', -20],
    [{}, 'hsts-not-implemented', -20],
  ])('HSTS %j → %s', (headers, result, modifier) => {
    expect(resultOf('strict-transport-security', { headers })).toEqual({
      test: 'strict-transport-security',
      result,
      modifier,
    })
  })

  it.each([
    ['strict-origin-when-cross-origin', 'referrer-policy-private', 5],
    ['unsafe-url', 'referrer-policy-unsafe', -5],
    ['no-referrer, unsafe-url', 'referrer-policy-unsafe', -5],
    ['unsafe-url, bogus, same-origin', 'referrer-policy-private', 5],
    ['bogus', 'referrer-policy-header-invalid', -5],
  ])('Referrer-Policy %s → %s', (value, result, modifier) => {
    expect(resultOf('referrer-policy', { headers: { 'referrer-policy': value } })).toMatchObject({
      result,
      modifier,
    })
  })

  it.each([
    [{ 'x-frame-options': 'DENY' }, 'x-frame-options-sameorigin-or-deny', 0],
    [
      { 'content-security-policy': "frame-ancestors 'none'" },
      'x-frame-options-implemented-via-csp',
      5,
    ],
    [{ 'x-frame-options': 'ALLOWALL' }, 'x-frame-options-header-invalid', -20],
    [{}, 'x-frame-options-not-implemented', -20],
  ])('X-Frame-Options %j → %s', (headers, result, modifier) => {
    expect(resultOf('x-frame-options', { headers })).toMatchObject({ result, modifier })
  })

  it.each([
    [
      ['id=1; Secure; HttpOnly; SameSite=Lax'],
      'cookies-secure-with-httponly-sessions-and-samesite',
      5,
    ],
    [['id=1; Secure; HttpOnly'], 'cookies-secure-with-httponly-sessions', 0],
    [
      ['session=1; HttpOnly; SameSite=Lax'],
      'cookies-session-without-secure-flag-but-protected-by-hsts',
      -10,
    ],
    [['session=1; Secure; SameSite=Lax'], 'cookies-session-without-httponly-flag', -30],
    [['theme=dark; SameSite=Sideways; Secure'], 'cookies-samesite-flag-invalid', -20],
  ])('cookies %j → %s', (cookies, result, modifier) => {
    const headers = { 'set-cookie': cookies, 'strict-transport-security': 'max-age=63072000' }
    expect(resultOf('cookies', { headers })).toMatchObject({ result, modifier })
  })

  it('scores CORS that reflects the scanner with credentials −50', () => {
    const origin = 'https://http-observatory.security.mozilla.org'
    const headers = {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
    }
    expect(
      resultOf('cross-origin-resource-sharing', { headers, corsOrigin: origin }),
    ).toMatchObject({
      result: 'cross-origin-resource-sharing-implemented-with-universal-access',
      modifier: -50,
    })
  })

  it('scores Subresource Integrity from the page: same-origin scripts need none', () => {
    const headers = { 'content-type': 'text/html; charset=utf-8' }
    expect(
      resultOf('subresource-integrity', { headers, html: '<script src="/_next/a.js"></script>' })
        ?.modifier,
    ).toBe(0)
    expect(
      resultOf('subresource-integrity', {
        headers,
        html: '<script src="https://cdn.example/a.js"></script>',
      }),
    ).toMatchObject({
      result: 'sri-not-implemented-but-external-scripts-loaded-securely',
      modifier: -5,
    })
  })
})

describe('Observatory score and grade', () => {
  it.each([
    [145, 'A+'],
    [100, 'A+'],
    [99, 'A'],
    [90, 'A'],
    [89, 'A-'],
    [85, 'A-'],
    [84, 'B+'],
    [70, 'B'],
    [69, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
    [24, 'F'],
    [0, 'F'],
  ] as const)('%i is %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade)
  })

  const strong = {
    'content-security-policy': "default-src 'self'; object-src 'none'; frame-ancestors 'none'",
    'strict-transport-security': 'max-age=63072000',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  }

  it('adds bonuses once the penalties leave an A: 100 + 5 (CSP) + 5 (referrer) + 5 (frame-ancestors)', () => {
    expect(observatoryReport({ headers: strong, https: true })).toMatchObject({
      score: 115,
      grade: 'A+',
    })
  })

  it('withholds bonuses below 90: a missing HSTS header leaves 80, a B+', () => {
    const withoutHsts = Object.fromEntries(
      Object.entries(strong).filter(([name]) => name !== 'strict-transport-security'),
    )
    expect(observatoryReport({ headers: withoutHsts, https: true })).toMatchObject({
      score: 80,
      grade: 'B+',
    })
  })

  it('never goes below 0', () => {
    const headers = {
      'set-cookie': ['session=1'],
      'access-control-allow-origin': 'https://a.example',
      'access-control-allow-credentials': 'true',
    }
    expect(
      observatoryReport({ headers, https: false, corsOrigin: 'https://a.example' }).score,
    ).toBe(0)
  })
})
