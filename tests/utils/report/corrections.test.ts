/** How a corrected report shows its corrections: the list, the cell mark, the header fields and the CSV columns. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { cellsCsv, csvColumns } from '../../../src/utils/data/cells-csv.ts'
import { cellView } from '../../../src/utils/report/cell-view.ts'
import { correctionItems, fieldCorrected } from '../../../src/utils/report/correction-items.ts'
import { reportContents } from '../../../src/utils/report/report-contents.ts'
import { qualityCard } from '../../../src/utils/report/quality-card.ts'
import { defaultDeadlineRule } from '../../../src/utils/report/deadline.ts'
import { sampleRecord } from './samples.ts'

// The engine fixture with three corrections (a blank cell, a misprint, a date), as the engine records it.
const record = { ...JSON.parse(readFileSync('tests/fixtures/corrections/expected.json', 'utf8')), diagnostics: [] } as ReportRecord
const cell = (table: 'proactive' | 'requests', row: string, column: string) =>
  record.tables[table]!.cells.find((c) => c.row === row && c.column === column)!

describe('corrections on the report page', () => {
  it('lists each correction with the original reading, the new value, the reason, its source line and where it is written', () => {
    const items = correctionItems(record)
    expect(items).toHaveLength(3)
    expect(items[1]).toEqual({
      what: '表二「行政处罚」「本年处理决定数量」',
      from: '510',
      to: '51',
      reason: '原文误印为 510，以县司法局行政执法统计为准',
      href: 'source/#L33',
      line: 33,
      writtenIn: 'input.txt 第 9 行',
    })
    expect(items[0]).toMatchObject({ what: '表三「予以公开」「自然人」', from: '空（未填报）', to: '6' })
    expect(items[2]).toMatchObject({ what: '发布日期', from: '2022-01-20', to: '2022-01-18', href: null })
  })

  it('counts the corrections on the quality card, whose checks ran on the corrected values', () => {
    const card = qualityCard(record, defaultDeadlineRule)
    expect(card.corrections).toBe(3)
    expect(card.correctionsLine).toBe('另有 3 处数值或信息经编辑更正')
    const uncorrected = qualityCard(sampleRecord('640521205000-2021'), defaultDeadlineRule)
    expect(uncorrected.corrections).toBe(0)
    expect(uncorrected.correctionsLine).toBeNull()
  })

  it('marks a corrected cell and says what it read before, and leaves other cells unmarked', () => {
    const view = cellView(cell('proactive', '行政处罚', '本年处理决定数量'))
    expect(view).toMatchObject({ state: 'value', text: '51', corrected: '已更正，原文读作 510' })
    expect(view.label).toContain('51（已更正，原文读作 510）')
    expect(cellView(cell('proactive', '行政许可', '本年处理决定数量')).corrected).toBeNull()
    const blank = cellView(cell('requests', '予以公开', '自然人'))
    expect(blank.corrected).toBe('已更正，原文读作 空')
  })

  it('marks corrected header fields and adds 更正说明 to the contents only when there are corrections', () => {
    expect(fieldCorrected(record, 'publishedOn')).toBe(true)
    expect(fieldCorrected(record, 'year')).toBe(false)
    const narrative = { intro: [], sections: [] }
    expect(reportContents(narrative, true).map((e) => e.href)).toContain('#corrections')
    expect(reportContents(narrative, false).map((e) => e.href)).not.toContain('#corrections')
  })

  it('writes the original reading and the reason into the CSV of a corrected cell only', () => {
    const [header, ...rows] = cellsCsv([record])
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header!.split(',')).toEqual([...csvColumns])
    const at = (name: (typeof csvColumns)[number]) => csvColumns.indexOf(name)
    const fields = rows.map((r) => r.split(','))
    const fixed = fields.find((f) => f[at('row')] === '行政处罚' && f[at('column')] === '本年处理决定数量')!
    expect([fixed[at('value')], fixed[at('raw')], fixed[at('corrected_from')], fixed[at('correction_reason')]]).toEqual([
      '51',
      '510',
      '510',
      '原文误印为 510，以县司法局行政执法统计为准',
    ])
    const plain = fields.find((f) => f[at('row')] === '行政许可')!
    expect([plain[at('corrected_from')], plain[at('correction_reason')]]).toEqual(['', ''])
  })
})
