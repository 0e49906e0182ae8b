/** The official layouts of tables 二, 三 and 四 on the report page (proactive/request/appeal-layout.ts). */
import { describe, expect, it } from 'vitest'
import { appealColumns, proactiveRows, requestRows } from '../../../src/lib/template/labels.ts'
import { appealValues } from '../../../src/utils/report/appeal-layout.ts'
import { proactiveBlocks, proactiveWidth } from '../../../src/utils/report/proactive-layout.ts'
import { requestHeadWidth, requestLines } from '../../../src/utils/report/request-layout.ts'
import type { Cell, TableFormat } from '../../../src/lib/types.ts'

/** A cell with the given label and value on line 1. */
const cell = (row: string, column: string, value: number | null = 1, line = 1): Cell => ({
  row,
  column,
  value,
  raw: String(value ?? ''),
  unit: null,
  line,
})

describe('proactiveBlocks', () => {
  it('lays out a 2019 table 二 in five 第二十条 blocks with 2019 labels', () => {
    const blocks = proactiveBlocks({ format: '2019', cells: [cell('行政处罚', '处理决定数量', 51, 37)] })
    expect(blocks.map((b) => b.item)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ])
    expect(blocks[0]!.rows.map((r) => r.row)).toEqual(['规章', '规范性文件'])
    expect(blocks[0]!.columns.map((c) => c.column)).toEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量'])
    expect(blocks[4]!.rows[0]!.cells.map((c) => [c.column, c.colspan])).toEqual([
      ['采购项目数量', 1],
      ['采购总金额', 2],
    ])
    expect(blocks[2]!.rows[0]!.cells[2]!.cell?.value).toBe(51)
    expect(blocks[2]!.rows[1]!.cells[2]!.cell).toBeUndefined()
  })

  it('shows the first cell where the engine kept two at one place', () => {
    const blocks = proactiveBlocks({
      format: '2019',
      cells: [cell('行政处罚', '处理决定数量', 51, 37), cell('行政处罚', '处理决定数量', 9, 80)],
    })
    expect(blocks[2]!.rows[0]!.cells[2]!.cell).toMatchObject({ value: 51, line: 37 })
  })

  it('lays out a 2021 table 二 in four blocks, single columns spanning the width', () => {
    const blocks = proactiveBlocks({ format: '2021', cells: [] })
    expect(blocks.map((b) => b.item)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'])
    expect(blocks[1]!.columns).toEqual([{ column: '本年处理决定数量', colspan: proactiveWidth }])
    expect(blocks[3]!.columns).toEqual([{ column: '本年收费金额', colspan: proactiveWidth }])
  })

  it('has one value cell per template cell and every row spans the same width', () => {
    for (const format of ['2019', '2021'] as TableFormat[]) {
      const blocks = proactiveBlocks({ format, cells: [] })
      const cells = blocks.flatMap((b) => b.rows.flatMap((r) => r.cells))
      expect(cells).toHaveLength(proactiveRows[format].reduce((n, r) => n + r.columns.length, 0))
      for (const b of blocks) for (const r of b.rows) expect(r.cells.reduce((n, c) => n + c.colspan, 0)).toBe(proactiveWidth)
    }
  })
})

describe('requestLines', () => {
  it('lays out the 2021 rows with 三、本年度办理结果 and the （三）（四）（五）（六） groups spanning their rows', () => {
    const lines = requestLines({ format: '2021', cells: [] })
    expect(lines.map((l) => l.row)).toEqual(requestRows['2021'].map((r) => r.row))
    const spans = lines.flatMap((l) => l.heads.filter((h) => h.rowspan > 1).map((h) => [h.text, h.rowspan]))
    expect(spans).toEqual([
      ['三、本年度办理结果', 22],
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
      ['（六）其他处理', 3],
    ])
    expect(lines[0]!.heads).toEqual([
      { start: 1, text: '一、本年新收政府信息公开申请数量', note: null, rowspan: 1, colspan: requestHeadWidth },
    ])
    expect(lines[3]!.heads).toEqual([
      { start: 2, text: '（二）部分公开', note: '（区分处理的，只计这一情形，不计其他情形）', rowspan: 1, colspan: 2 },
    ])
    expect(lines.find((l) => l.row === '其他')!.label).toBe('（六）其他处理 3.其他')
    expect(lines.find((l) => l.row === '总计')!.heads).toEqual([{ start: 2, text: '（七）总计', note: null, rowspan: 1, colspan: 2 }])
  })

  it('keeps 2019 （六）其他处理 as one row', () => {
    const lines = requestLines({ format: '2019', cells: [] })
    expect(lines).toHaveLength(23)
    expect(lines.find((l) => l.row === '其他处理')!.heads).toEqual([
      { start: 2, text: '（六）其他处理', note: null, rowspan: 1, colspan: 2 },
    ])
    expect(lines.flatMap((l) => l.heads).find((h) => h.text === '三、本年度办理结果')!.rowspan).toBe(20)
  })

  it('fills each row with its seven cells in column order, spanning the same width', () => {
    const lines = requestLines({ format: '2021', cells: [cell('予以公开', '总计', 6, 64), cell('予以公开', '总计', 9, 99)] })
    const row = lines.find((l) => l.row === '予以公开')!
    expect(row.cells.map((c) => c.column)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])
    expect(row.cells[6]!.cell).toMatchObject({ value: 6, line: 64 })
    // Every row's header cells cover three columns once the spans above it are counted.
    const covered: number[] = lines.map(() => 0)
    lines.forEach((l, i) => {
      for (const h of l.heads) for (let k = 0; k < h.rowspan; k++) covered[i + k]! += h.colspan
    })
    expect(covered.every((n) => n === requestHeadWidth)).toBe(true)
  })

  it('says which header column each row header starts in (the page sticks each at its own offset)', () => {
    for (const format of ['2019', '2021'] as TableFormat[]) {
      const lines = requestLines({ format, cells: [] })
      // A row's headers sit side by side and the last ends in the last header column.
      for (const { heads } of lines) {
        heads.slice(1).forEach((h, i) => expect(h.start, h.text).toBe(heads[i]!.start + heads[i]!.colspan))
        const last = heads.at(-1)!
        expect(last.start + last.colspan - 1, last.text).toBe(requestHeadWidth)
      }
      const heads = lines.flatMap((l) => l.heads)
      expect(heads.filter((h) => h.start === 1).map((h) => h.text)).toEqual([
        '一、本年新收政府信息公开申请数量',
        '二、上年结转政府信息公开申请数量',
        '三、本年度办理结果',
        '四、结转下年度继续办理',
      ])
    }
  })
})

describe('appealValues', () => {
  it('lists fifteen values: 行政复议, then both kinds of 行政诉讼, five outcomes each', () => {
    const values = appealValues({ cells: [cell('复议后起诉', '总计', 1, 94)] })
    expect(values).toHaveLength(15)
    expect(values.map((v) => v.column)).toEqual([...appealColumns, ...appealColumns, ...appealColumns])
    expect(values[0]!.label).toBe('行政复议 结果维持')
    expect(values[5]!.label).toBe('行政诉讼 未经复议直接起诉 结果维持')
    expect(values[14]!.cell?.line).toBe(94)
    expect(values[13]!.cell).toBeUndefined()
  })
})
