import { cspResult, hasFrameAncestors } from './observatory-csp'
import { observatoryModifier, type ObservatoryResult } from './observatory-modifiers'
import {
  cookiesResult,
  corpResult,
  corsResult,
  hstsResult,
  referrerResult,
  sriResult,
  xctoResult,
  xfoResult,
} from './observatory-tests'

/**
 * Mozilla HTTP Observatory's score and grade for one response, computed from its headers (and its
 * HTML, for Subresource Integrity) by the published rules:
 * developer.mozilla.org/en-US/observatory/docs/tests_and_scoring.
 *
 * What a single response cannot show, and how it is treated here:
 * - Redirection (http:// → https:// on the same host) is the TLS front end's job; it is reported as
 *   `redirection-not-evaluated` with no modifier. A deployment without it loses 20 points.
 * - HSTS preloading needs Chromium's preload list: never assumed, so no bonus for it.
 * - The scanner reads HSTS only over https and judges CSP sources against an https page; `https`
 *   says whether the response is to be judged as served over https (true for production).
 * - CORS is judged from the response to a request that sent `corsOrigin` as its Origin.
 */
export type ObservatoryInput = {
  /** Response headers, names in lower case; repeated headers (Set-Cookie) as arrays. */
  headers: Record<string, string | string[] | undefined>
  html?: string
  https: boolean
  corsOrigin?: string
}

export type ObservatoryReport = {
  score: number
  grade: Grade
  results: { test: string; result: ObservatoryResult; modifier: number }[]
}

export type Grade = (typeof GRADES)[number][1]

const GRADES = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
] as const

/** Bonuses count only once the penalties leave the score at an A (90) or better. */
const MINIMUM_SCORE_FOR_BONUSES = 90

export function gradeFor(score: number): Grade {
  return GRADES.find(([floor]) => score >= floor)?.[1] ?? 'F'
}

export function observatoryReport(input: ObservatoryInput): ObservatoryReport {
  const all = (name: string) => [input.headers[name] ?? []].flat()
  const first = (name: string) => all(name)[0]
  const csp = all('content-security-policy')
  const hsts = hstsResult(input.https ? first('strict-transport-security') : undefined, input.https)
  const tested: [string, ObservatoryResult][] = [
    ['content-security-policy', cspResult(csp, input.https)],
    [
      'cookies',
      cookiesResult(all('set-cookie'), hsts === 'hsts-implemented-max-age-at-least-six-months'),
    ],
    ['cross-origin-resource-sharing', corsResult(input.headers, input.corsOrigin)],
    ['redirection', 'redirection-not-evaluated'],
    ['referrer-policy', referrerResult(all('referrer-policy'))],
    ['strict-transport-security', hsts],
    ['subresource-integrity', sriResult(first('content-type'), input.html)],
    ['x-content-type-options', xctoResult(first('x-content-type-options'))],
    ['x-frame-options', xfoResult(first('x-frame-options'), hasFrameAncestors(csp))],
    ['cross-origin-resource-policy', corpResult(first('cross-origin-resource-policy'))],
  ]
  const results = tested.map(([test, result]) => ({
    test,
    result,
    modifier: observatoryModifier(result),
  }))
  const penalties = results.reduce((sum, r) => sum + Math.min(r.modifier, 0), 0)
  const bonuses = results.reduce((sum, r) => sum + Math.max(r.modifier, 0), 0)
  const base = 100 + penalties
  const score = Math.max(0, base >= MINIMUM_SCORE_FOR_BONUSES ? base + bonuses : base)
  return { score, grade: gradeFor(score), results }
}
