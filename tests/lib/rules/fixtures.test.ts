/**
 * Fixture loop: each folder of `fixtures/` holds `input.json` (a CheckedReport),
 * `expected.json` (the exact diagnostics of `runRules`) and `expected-quality.json` (the quality
 * card: every check, passed, failed or not evaluable). `UPDATE_FIXTURES=1` rewrites the
 * expectations; review the diff by hand.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { diagnosticsOf } from '../../../src/lib/diagnostics/report.ts'
import { runRules } from '../../../src/lib/rules/index.ts'
import type { CheckedReport } from '../../../src/lib/rules/rule.ts'

const root = join(import.meta.dirname, 'fixtures')
const update = process.env.UPDATE_FIXTURES === '1'

describe('rule fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(`reports exactly the expected diagnostics for ${name}`, () => {
      const input = JSON.parse(readFileSync(join(root, name, 'input.json'), 'utf8')) as CheckedReport
      const file = new VFile({ path: input.source.path })
      runRules(input, file)
      const actual = diagnosticsOf(file)
      const expectedPath = join(root, name, 'expected.json')
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
      if (!existsSync(expectedPath)) throw new Error(`${name}: no expected.json (run with UPDATE_FIXTURES=1 and review it)`)
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })

    it(`fills exactly the expected quality card for ${name}`, () => {
      const input = JSON.parse(readFileSync(join(root, name, 'input.json'), 'utf8')) as CheckedReport
      const file = new VFile({ path: input.source.path })
      runRules(input, file)
      const card = file.data.quality ?? []
      const expectedPath = join(root, name, 'expected-quality.json')
      if (update) writeFileSync(expectedPath, JSON.stringify(card, null, 2) + '\n')
      if (!existsSync(expectedPath)) throw new Error(`${name}: no expected-quality.json (run with UPDATE_FIXTURES=1 and review it)`)
      expect(card).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
      // Every failed check is a diagnostic of the same rule, and every diagnostic a failed check.
      const diagnostics = diagnosticsOf(file)
      const failed = card.filter((c) => c.status === 'fail').map((c) => `${c.ruleId} ${c.reason}`)
      expect(failed.sort()).toEqual(diagnostics.map((d) => `${d.ruleId} ${d.message}`).sort())
    })
  }
})
