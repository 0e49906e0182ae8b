/**
 * The Content-Security-Policy is strict, written once, and documented as it is: docs/security.md
 * shows the meta policy and the header (in its nginx and Apache lines) exactly as the code has them.
 * That the built pages carry it and Chromium enforces it: tests/e2e/csp.test.ts, tests/e2e/hostile.test.ts.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, CSP_DIRECTIVES } from '../../src/utils/content-security-policy.ts'

const doc = readFileSync('docs/security.md', 'utf8')

/** The directives of a policy by name, each with its sources. */
const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('the Content-Security-Policy', () => {
  test('allows only the site itself: nothing inline, no eval, nothing off-origin', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    })
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*|sha\d+-|nonce-/u)
  })

  test('keeps frame-ancestors for the header, where browsers honour it', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CSP_DIRECTIVES.join('; ')}; frame-ancestors 'self'`)
  })

  test('is documented in docs/security.md exactly as the pages and the header have it', () => {
    expect(doc).toContain(`<meta http-equiv="content-security-policy" content="${CONTENT_SECURITY_POLICY}">`)
    expect(doc).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`)
    expect(doc).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY_HEADER}" always;`)
    expect(doc).toContain(`Header always set Content-Security-Policy "${CONTENT_SECURITY_POLICY_HEADER}"`)
  })
})
