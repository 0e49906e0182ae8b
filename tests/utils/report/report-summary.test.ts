/** The report page's summary figures (report-summary.ts, summary-figure.ts) over the five sample reports. */
import { describe, expect, it } from 'vitest'
import type { Cell } from '../../../src/lib/types.ts'
import { reportSummary, type SummaryItem } from '../../../src/utils/report/report-summary.ts'
import { linesLabel, summaryFigure } from '../../../src/utils/report/summary-figure.ts'
import { sampleRecord } from './samples.ts'

/** term → "name text → href | label" of each figure, for compact expectations. */
const shown = (items: SummaryItem[]): Record<string, string[]> =>
  Object.fromEntries(items.map((i) => [i.term, i.figures.map((f) => `${f.name ? `${f.name} ` : ''}${f.text} → ${f.href} | ${f.label}`)]))

/** A cell of table 三's 总计 column. */
const cell = (row: string, value: number | null, line: number, extra: Partial<Cell> = {}): Cell => ({
  row,
  column: '总计',
  value,
  raw: value === null ? '' : String(value),
  unit: null,
  line,
  ...extra,
})

describe('reportSummary', () => {
  it('gives 徐套乡 2021 its figures, each linked to the line that holds it (行政处罚 51 on line 51)', () => {
    expect(shown(reportSummary(sampleRecord('640521205000-2021')))).toEqual({
      本年新收申请: ['0 件 → source/#L62 | 0 件，原文第 62 行'],
      // Every outcome group is 0: only the 总计 of 三（七） is said.
      办理结果: ['0 件 → source/#L86 | 0 件，原文第 86 行'],
      行政许可: ['0 件 → source/#L47 | 0 件，原文第 47 行'],
      行政处罚: ['51 件 → source/#L51 | 51 件，原文第 51 行'],
      行政复议: ['0 起 → source/#L94 | 0 起，原文第 94 行'],
      行政诉讼: ['0 起 → source/#L94 | 0 起，原文第 94 行'],
    })
  })

  it('says 未找到 for a table the report lacks, linking to the table’s notice (兑镇镇 2021 has no table 二)', () => {
    const items = shown(reportSummary(sampleRecord('141181100000-2021')))
    expect(items.行政许可).toEqual(['未找到 → #table-2 | 未找到表二'])
    expect(items.行政处罚).toEqual(['未找到 → #table-2 | 未找到表二'])
  })

  it('says 未填报 for a blank cell, never 0 (凤山乡 2020: 行政处罚 left blank on line 37)', () => {
    const items = shown(reportSummary(sampleRecord('622926214000-2020')))
    expect(items.行政处罚).toEqual(['未填报 → source/#L37 | 未填报，原文第 37 行'])
    // The 2019 format counts decisions in 处理决定数量.
    expect(items.行政许可).toEqual(['0 件 → source/#L33 | 0 件，原文第 33 行'])
  })

  it('groups outcomes left blank in one figure and keeps the 总计 (哈拉直沟乡 2021)', () => {
    const items = shown(reportSummary(sampleRecord('630223204000-2021')))
    expect(items.办理结果).toEqual([
      '予以公开、部分公开、不予公开、无法提供、不予处理、其他处理 未填报 → source/#L54 | 未填报，原文第 54–73 行',
      '合计 0 件 → source/#L74 | 0 件，原文第 74 行',
    ])
    expect(items.行政复议).toEqual(['未填报 → source/#L84 | 未填报，原文第 84 行'])
  })

  it('says how much of a group is filled when only part of it is (兑镇镇 2021: 不予公开)', () => {
    const items = shown(reportSummary(sampleRecord('141181100000-2021')))
    expect(items.办理结果).toEqual([
      '不予公开 5 项未填报，其余为 0 → source/#L51 | 5 项未填报，其余为 0，原文第 51–59 行',
      '予以公开、部分公开 未填报 → source/#L49 | 未填报，原文第 49–50 行',
      '合计 0 件 → source/#L72 | 0 件，原文第 72 行',
    ])
  })

  it('adds both kinds of lawsuit, naming the lines they stand on (吉尔格勒特郭楞蒙古民族乡 2020)', () => {
    const items = shown(reportSummary(sampleRecord('654202205000-2020')))
    expect(items.行政诉讼).toEqual(['0 起 → source/#L395 | 0 起，原文第 395–400 行'])
  })

  it('lists every report’s terms in page order', () => {
    for (const id of ['640521205000-2021', '141181100000-2021', '630223204000-2021', '622926214000-2020', '654202205000-2020'])
      expect(reportSummary(sampleRecord(id)).map((i) => i.term)).toEqual([
        '本年新收申请',
        '办理结果',
        '行政许可',
        '行政处罚',
        '行政复议',
        '行政诉讼',
      ])
  })
})

describe('summaryFigure', () => {
  it('names outcome groups with numbers, and shows carried-over requests only when there are any', () => {
    const record = structuredClone(sampleRecord('640521205000-2021'))
    const set = (row: string, value: number | null) => {
      const c = record.tables.requests!.cells.find((x) => x.row === row && x.column === '总计')!
      c.value = value
    }
    set('予以公开', 3)
    set('属于国家秘密', 1)
    set('总计', 4)
    set('上年结转政府信息公开申请数量', 1)
    set('结转下年度继续办理', null)
    const items = shown(reportSummary(record))
    expect(items.上年结转申请).toEqual(['1 件 → source/#L63 | 1 件，原文第 63 行'])
    expect(items.办理结果).toEqual([
      '予以公开 3 件 → source/#L64 | 3 件，原文第 64 行',
      '不予公开 1 件 → source/#L66 | 1 件，原文第 66–73 行',
      '合计 4 件 → source/#L86 | 4 件，原文第 86 行',
    ])
    expect(items.结转下年度办理).toEqual(['未填报 → source/#L87 | 未填报，原文第 87 行'])
  })

  it('sums what is filled and says how many are not', () => {
    const f = summaryFigure('requests', [cell('a', 2, 10), cell('b', null, 11), undefined], '件')
    expect(f).toMatchObject({ state: 'partial', value: 2, text: '至少 2 件（2 项未填报或未找到）', href: 'source/#L10' })
  })

  it('says 无法确定 when every cell was written but unreadable, and marks corrections', () => {
    const uncertain = { ruleId: 'cell-text', message: '写的是文字' }
    expect(summaryFigure('requests', [cell('a', null, 5, { uncertain })], '件')).toMatchObject({ state: 'uncertain', text: '无法确定' })
    const corrected = summaryFigure('requests', [cell('a', 7, 5, { corrected: { from: 1, reason: '笔误' } })], '件')
    expect(corrected.label).toBe('7 件（已更正），原文第 5 行')
  })

  it('says 未找到 for a row the table lacks, pointing at the table', () => {
    expect(summaryFigure('appeals', [undefined], '起')).toMatchObject({
      state: 'absent',
      text: '未找到',
      href: '#table-4',
      label: '未找到，表四中没有这一行',
    })
  })

  it('names PDF pages next to lines', () => {
    expect(linesLabel([cell('a', 1, 40, { page: 2 }), cell('b', 1, 52, { page: 3 })])).toBe('原文第 40–52 行（PDF 第 2–3 页）')
  })
})
