/** How a table cell is shown and named (cell-view.ts). */
import { describe, expect, it } from 'vitest'
import { cellView, valueText } from '../../../src/utils/report/cell-view.ts'
import type { Cell } from '../../../src/lib/types.ts'

/** A cell of 行政处罚 with overrides. */
const cell = (over: Partial<Cell> = {}): Cell => ({
  row: '行政处罚',
  column: '本年处理决定数量',
  value: 51,
  raw: '51',
  unit: null,
  line: 51,
  ...over,
})

describe('cellView', () => {
  it('shows a number linked to its source line (relative to the report page), named by value and line', () => {
    expect(cellView(cell())).toEqual({
      state: 'value',
      text: '51',
      hidden: null,
      href: 'source/#L51',
      label: '51，原文第 51 行',
      corrected: null,
    })
  })

  it('shows a blank cell as "—" with 未填报, never as 0, still linked to its line', () => {
    const view = cellView(cell({ value: null, raw: '' }))
    expect(view).toMatchObject({ state: 'blank', text: '—', hidden: '未填报', href: 'source/#L51' })
    expect(view.label).toBe('未填报，原文第 51 行')
  })

  it('says 无法确定 for a null cell the engine marked uncertain', () => {
    const uncertain = { ruleId: 'cell-count', message: '…' }
    expect(cellView(cell({ value: null, line: 52, uncertain }))).toMatchObject({
      state: 'uncertain',
      text: '—',
      hidden: '无法确定',
    })
  })

  it('says 未识别 without a link when the cell was not found', () => {
    expect(cellView(undefined)).toEqual({
      state: 'absent',
      text: '—',
      hidden: '未识别',
      href: null,
      label: '未识别',
      corrected: null,
    })
  })

  it('names the PDF page', () => {
    expect(cellView(cell({ line: 94, page: 3 })).label).toBe('51，原文第 94 行（PDF 第 3 页）')
  })
})

describe('valueText', () => {
  it('keeps the unit as written and an explicit plus sign', () => {
    expect(valueText(cell({ value: 518, raw: '518万元', unit: '万元' }))).toBe('518 万元')
    expect(valueText(cell({ value: 3.2, raw: '3.2', unit: '万元' }))).toBe('3.2 万元')
    expect(valueText(cell({ value: 12, raw: '+12' }))).toBe('+12')
    expect(valueText(cell({ value: -8, raw: '-8' }))).toBe('-8')
    expect(valueText(cell({ value: 0, raw: '无' }))).toBe('0')
    expect(valueText(cell({ value: null, raw: '/' }))).toBe('—')
  })
})
