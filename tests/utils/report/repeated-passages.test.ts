/** Demo reports are marked, and the side-by-side view of text repeated from last year finds the previous record once. */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { isDemoRecord } from '../../../src/utils/report/demo.ts'
import { previousYearRecord, repeatedPassages } from '../../../src/utils/report/repeated-passages.ts'
import { reportTitle } from '../../../src/utils/report/report-title.ts'

const pair = (name: string) =>
  ['previous', 'input'].map((f) => JSON.parse(readFileSync(`tests/lib/rules/year-fixtures/${name}/${f}.json`, 'utf8')) as ReportRecord) as [
    ReportRecord,
    ReportRecord,
  ]

describe('repeated passages', () => {
  test('mark the sentences of section 五 repeated word for word, beside last year’s', () => {
    const [previous, record] = pair('section-five-repeated')
    const entries = [{ record: previous }, { record }]
    expect(previousYearRecord(record, entries)).toBe(previous)
    expect(previousYearRecord(previous, entries)).toBeUndefined()
    const shown = repeatedPassages(record, previousYearRecord(record, entries))!
    expect(shown.sections.map((s) => s.number)).toContain(5)
    const five = shown.sections.find((s) => s.number === 5)!
    expect(five.current.every((s) => s.repeated)).toBe(true)
    expect(five.previous.every((s) => s.repeated)).toBe(true)
  })

  test('show nothing when nothing repeats or there is no previous year', () => {
    const [previous, record] = pair('continuity-holds')
    expect(repeatedPassages(record, undefined)).toBeNull()
    expect(repeatedPassages(record, previous)?.sections.map((s) => s.number) ?? []).not.toContain(5)
  })
})

describe('demo reports', () => {
  test('are the files whose name starts with 示例, and their titles say so', () => {
    const organ = { name: '绥德县义合镇人民政府', township: '义合镇', county: '绥德县', prefecture: null, province: null, code: null }
    const demo = { organ, year: 2021, source: { path: 'demo/content/reports/示例-绥德县义合镇-2021.txt' } }
    expect(isDemoRecord(demo)).toBe(true)
    expect(reportTitle(demo)).toBe('绥德县义合镇人民政府2021年政府信息公开工作年度报告（示例）')
    expect(isDemoRecord({ source: { path: 'content/reports/中宁县徐套乡-2021.txt' } })).toBe(false)
    expect(reportTitle({ organ, year: 2021 })).toBe('绥德县义合镇人民政府2021年政府信息公开工作年度报告')
  })
})
