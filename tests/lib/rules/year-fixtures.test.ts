/**
 * Fixture loop of the rules across years: each folder of `year-fixtures/` holds a two-year pair of
 * one township, `previous.json` and `input.json` (records), and the exact diagnostics
 * (`expected.json`) and quality checks (`expected-quality.json`) the rules across years add to the
 * later one. `UPDATE_FIXTURES=1` rewrites the expectations; review the diff by hand.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previousYearChecks } from '../../../src/lib/collection/previous-year.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'

const root = join(import.meta.dirname, 'year-fixtures')
const update = process.env.UPDATE_FIXTURES === '1'

/** Compare `actual` with the JSON file `name` of fixture `dir` (or write it when updating). */
function expectFile(dir: string, name: string, actual: unknown): void {
  const path = join(root, dir, name)
  if (update) writeFileSync(path, JSON.stringify(actual, null, 2) + '\n')
  if (!existsSync(path)) throw new Error(`${dir}: no ${name} (run with UPDATE_FIXTURES=1 and review it)`)
  expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')))
}

describe('rules across years', () => {
  for (const dir of readdirSync(root).sort()) {
    it(`find exactly the expected problems and checks for ${dir}`, () => {
      const read = (name: string) => JSON.parse(readFileSync(join(root, dir, name), 'utf8')) as ReportRecord
      const previous = read('previous.json')
      const record = read('input.json')
      // The collection step hands each record its previous year; the earlier one has none.
      const changed = previousYearChecks([record, previous])
      expect(previous.quality).toEqual([])
      expect(changed.has(record)).toBe(record.quality.length > 0)
      expectFile(dir, 'expected.json', record.diagnostics)
      expectFile(dir, 'expected-quality.json', record.quality)
      const failed = record.quality.filter((c) => c.status === 'fail').map((c) => `${c.ruleId} ${c.reason}`)
      expect(failed.sort()).toEqual(record.diagnostics.map((d) => `${d.ruleId} ${d.message}`).sort())
      // Checking again replaces the findings instead of adding to them (a cached record is checked each run).
      const again = JSON.stringify(record)
      expect(previousYearChecks([record, previous]).has(record)).toBe(false)
      expect(JSON.stringify(record)).toBe(again)
    })
  }

  it('leave a report alone whose previous year is missing, and drop findings whose previous year went', () => {
    const record = JSON.parse(readFileSync(join(root, 'continuity-breaks', 'input.json'), 'utf8')) as ReportRecord
    const previous = JSON.parse(readFileSync(join(root, 'continuity-breaks', 'previous.json'), 'utf8')) as ReportRecord
    previousYearChecks([record, previous])
    expect(record.diagnostics.length).toBeGreaterThan(0)
    expect(previousYearChecks([record]).has(record)).toBe(true)
    expect(record.diagnostics).toEqual([])
    expect(record.quality).toEqual([])
  })
})
