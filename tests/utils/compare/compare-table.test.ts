/** The compare page's compact data and table model, on the five sample reports (its CSV: compare-csv.test.ts). */
import { beforeAll, describe, expect, test } from 'vitest'
import { compareData, yearOptions, type CompareData } from '../../../src/utils/compare/compare-data.ts'
import { BLANK, compareTable, tableSummary, valueText } from '../../../src/utils/compare/compare-table.ts'
import { metricKey, metrics } from '../../../src/utils/metrics.ts'
import { sampleRecords } from '../report/samples.ts'

let data: CompareData

beforeAll(() => {
  data = compareData(sampleRecords())
})

const xutao = '640521205000'
const jiergelete = '654202205000'
const penalty2021 = metricKey('proactive', '2021', '行政处罚', '本年处理决定数量')
const penalty2019 = metricKey('proactive', '2019', '行政处罚', '处理决定数量')
const compactMetricKeys = metrics.map((m) => m.key)

describe('compact data', () => {
  test('has every report once, with township, county, year and cells with their lines', () => {
    expect(data.reports.map((r) => r.id).sort()).toEqual(
      sampleRecords()
        .map((r) => r.id)
        .sort(),
    )
    const report = data.reports.find((r) => r.id === `${xutao}-2021`)!
    expect(report).toMatchObject({ t: xutao, n: '徐套乡', c: '中宁县', p: '宁夏回族自治区', y: 2021 })
    expect(report.v['2b.4.1']).toEqual([51, 51])
    expect(report.v['2b.6.1']).toEqual([3.2, 55, '万元'])
    expect(report.v['2a.5.3']).toBeUndefined()
  })

  test('orders reports by township code, newest year first', () => {
    expect(data.reports.map((r) => r.id)).toEqual([
      '141181100000-2021',
      '622926214000-2020',
      '630223204000-2021',
      '640521205000-2021',
      '654202205000-2020',
    ])
  })

  test('lists the years, newest first, unknown last', () => {
    expect(yearOptions(data.reports.map((r) => r.y))).toEqual(['2021', '2020'])
    expect(yearOptions([2019, null, 2021, 2019])).toEqual(['2021', '2019', 'na'])
  })
})

describe('table model', () => {
  test('has one column per chosen report and one row per chosen metric', () => {
    const table = compareTable(data, { townships: [xutao, jiergelete], years: ['2021', '2020'], metrics: [penalty2019, penalty2021] })
    expect(table.columns.map((c) => c.heading)).toEqual(['中宁县徐套乡 2021年', '乌苏市吉尔格勒特郭楞蒙古民族乡 2020年'])
    expect(table.rows.map((r) => r.label)).toEqual([
      '表二（2019格式） · 行政处罚 · 处理决定数量',
      '表二（2021格式） · 行政处罚 · 本年处理决定数量',
    ])
    // 徐套乡 uses the 2021 table 二: the 2019 metric is absent ("—", no link), the 2021 one links to line 51.
    expect(table.rows[0]!.cells[0]).toEqual({ text: BLANK, csv: '', href: null, note: '（该报告无此项）' })
    expect(table.rows[1]!.cells[0]).toEqual({ text: '51', csv: '51', href: `/reports/${xutao}-2021/source/#L51`, note: '（原文第 51 行）' })
  })

  test('filters by year and orders columns by township choice order, then newest year', () => {
    expect(
      compareTable(data, { townships: [xutao, jiergelete], years: ['2020'], metrics: [penalty2021] }).columns.map((c) => c.id),
    ).toEqual([`${jiergelete}-2020`])
    expect(compareTable(data, { townships: [jiergelete, xutao], years: ['2021', '2020'], metrics: [] }).columns.map((c) => c.id)).toEqual([
      `${jiergelete}-2020`,
      `${xutao}-2021`,
    ])
  })

  test('shows a blank cell as "—" linked to its source line, never 0', () => {
    const all = data.reports.map((r) => r.t)
    const table = compareTable(data, { townships: all, years: ['2021', '2020'], metrics: compactMetricKeys })
    const blanks = table.rows.flatMap((r) => r.cells).filter((c) => c.text === BLANK && c.href)
    expect(blanks.length).toBeGreaterThan(0)
    for (const c of blanks) {
      expect(c.csv).toBe('')
      expect(c.note).toMatch(/^（未填报，原文第 \d+ 行）$/)
    }
    const nulls = sampleRecords()
      .flatMap((r) => [r.tables.proactive, r.tables.requests, r.tables.appeals].flatMap((t) => t?.cells ?? []))
      .filter((c) => c.value === null)
    expect(blanks).toHaveLength(nulls.length)
  })

  test('formats values with grouped digits and the unit as written', () => {
    expect(valueText(251000, '元')).toBe('251,000 元')
    expect(valueText(3.2)).toBe('3.2')
    expect(valueText(null)).toBe(BLANK)
    expect(valueText(0)).toBe('0')
  })

  test('says when nothing can be shown', () => {
    expect(tableSummary(compareTable(data, { townships: [], years: ['2021'], metrics: [penalty2021] }))).toMatch(/没有报告/)
    expect(tableSummary(compareTable(data, { townships: [xutao], years: ['2021'], metrics: [] }))).toMatch(/尚未选择指标/)
    expect(tableSummary(compareTable(data, { townships: [xutao], years: ['2021'], metrics: [penalty2021] }))).toBe(
      '当前表格：1 份报告，1 项指标。',
    )
  })
})

// The view's CSV is tested in compare-csv.test.ts.
