/** How a table cell is shown and named (cell-view.ts). */
import { describe, expect, it } from 'vitest'
import { cellContext, cellView, valueText, type CellContext } from '../../../src/utils/report/cell-view.ts'
import type { Cell } from '../../../src/lib/types.ts'

const ctx: CellContext = { id: '640521205000-2021', name: '徐套乡', year: 2021, table: '表二' }

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
  it('shows a number linked to its source line with a full accessible name', () => {
    expect(cellView(ctx, '行政处罚', '本年处理决定数量', cell())).toEqual({
      state: 'value',
      text: '51',
      hidden: null,
      href: '/reports/640521205000-2021/source/#L51',
      label: '徐套乡 2021 表二 行政处罚 本年处理决定数量：51，查看原文第 51 行',
      corrected: null,
    })
  })

  it('shows a blank cell as "—" with 未填报, never as 0, still linked to its line', () => {
    const view = cellView(ctx, '行政处罚', '本年处理决定数量', cell({ value: null, raw: '' }))
    expect(view).toMatchObject({ state: 'blank', text: '—', hidden: '未填报', href: '/reports/640521205000-2021/source/#L51' })
    expect(view.label).toBe('徐套乡 2021 表二 行政处罚 本年处理决定数量：未填报，查看原文第 51 行')
  })

  it('says 无法确定 for a null cell the engine marked uncertain', () => {
    const uncertain = { ruleId: 'cell-count', message: '…' }
    expect(cellView(ctx, '行政强制', '本年处理决定数量', cell({ value: null, line: 52, uncertain }))).toMatchObject({
      state: 'uncertain',
      text: '—',
      hidden: '无法确定',
    })
  })

  it('says 未识别 without a link when the cell was not found', () => {
    expect(cellView(ctx, '行政许可', '本年处理决定数量', undefined)).toEqual({
      state: 'absent',
      text: '—',
      hidden: '未识别',
      href: null,
      label: '徐套乡 2021 表二 行政许可 本年处理决定数量：未识别',
      corrected: null,
    })
  })

  it('leaves out an unknown year and an empty column label', () => {
    expect(cellView({ ...ctx, year: null, table: '表四' }, '行政复议 总计', '', cell({ line: 94 })).label).toBe(
      '徐套乡 表四 行政复议 总计：51，查看原文第 94 行',
    )
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

describe('cellContext', () => {
  it('names the report by its township, else its organ', () => {
    const organ = { name: '某县人民政府', township: null, county: '某县', prefecture: null, province: null, code: null }
    expect(cellContext({ id: 'x', organ, year: 2020 }, 'requests')).toMatchObject({ name: '某县人民政府', year: 2020, table: '表三' })
  })
})
