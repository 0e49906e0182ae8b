/**
 * Keeps each rule's doc comment honest: every example message line
 * (`// line:column severity message ruleId`) is a diagnostic some fixture really expects.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../../../src/lib/rules/index.ts'
import { yearRules } from '../../../src/lib/rules/year-rules.ts'
import type { Diagnostic } from '../../../src/lib/types.ts'

const ruleDir = join(import.meta.dirname, '../../../src/lib/rules')
const fixtureDir = join(import.meta.dirname, 'fixtures')
const yearFixtureDir = join(import.meta.dirname, 'year-fixtures')
const example = /^\s*\*\s+\/\/ (?:(\d+):(\d+) )?(error|warning|info) (.+) ([a-z-]+)$/

const engineDir = join(import.meta.dirname, '../../fixtures')
const engineLine = /^[^:\s]+(?::(\d+):(\d+))?  (错误|警告|提示)  (.+)  ([a-z-]+)$/
const severityOf: Record<string, Diagnostic['severity']> = { 错误: 'error', 警告: 'warning', 提示: 'info' }

/** Diagnostics an engine fixture expects (rules that read the text run only there). */
function engineExpected(name: string): Diagnostic[] {
  const text = readFileSync(join(engineDir, name, 'expected-diagnostics.txt'), 'utf8')
  return text.split('\n').flatMap((l) => {
    const m = engineLine.exec(l)
    return m
      ? [
          {
            ruleId: m[5]!,
            severity: severityOf[m[3]!]!,
            message: m[4]!,
            line: m[1] ? Number(m[1]) : null,
            column: m[2] ? Number(m[2]) : null,
          },
        ]
      : []
  })
}

/** Every diagnostic expected by any fixture. */
const expected: Diagnostic[] = [
  ...readdirSync(fixtureDir).flatMap((name) => JSON.parse(readFileSync(join(fixtureDir, name, 'expected.json'), 'utf8'))),
  // Rules across years point at the previous year's file (`cause`), which the examples leave out.
  ...readdirSync(yearFixtureDir).flatMap((name) =>
    (JSON.parse(readFileSync(join(yearFixtureDir, name, 'expected.json'), 'utf8')) as Diagnostic[]).map(({ cause: _, ...d }) => d),
  ),
  ...readdirSync(engineDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => engineExpected(d.name)),
]

describe('rule doc comments', () => {
  for (const {
    declaration: { id: ruleId },
  } of [...rules, ...yearRules]) {
    it(`show a message of ${ruleId} exactly as a fixture expects it`, () => {
      const lines = readFileSync(join(ruleDir, `${ruleId}.ts`), 'utf8').split('\n')
      const examples = lines.map((line) => example.exec(line)).filter((m) => m !== null)
      expect(examples.length).toBeGreaterThan(0)
      for (const [, line, column, severity, message, id] of examples) {
        const diagnostic = { ruleId: id, severity, message, line: line ? Number(line) : null, column: column ? Number(column) : null }
        expect(id).toBe(ruleId)
        expect(expected).toContainEqual(diagnostic)
      }
    })
  }
})
