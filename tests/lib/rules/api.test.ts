/** Pins the public API of the rules module: its export names and the rule order. */
import { describe, expect, it } from 'vitest'
import * as api from '../../../src/lib/rules/index.ts'

describe('rules API', () => {
  it('exports exactly rules and runRules', () => {
    expect(Object.keys(api).sort()).toEqual(['rules', 'runRules'])
  })

  it('runs the rules in a fixed order, each with a kebab-case ruleId', () => {
    const ids = api.rules.map((rule) => rule.declaration.id)
    expect(ids).toEqual([
      'missing-section',
      'missing-table',
      'blank-cells',
      'section-five-content',
      'fee-statement',
      'proactive-balance',
      'request-balance',
      'request-outcome-sum',
      'request-row-total',
      'appeal-sum',
      'narrative-request-count',
    ])
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })
})
