/**
 * The coverage matrix and its summaries: each report's status (tables not read, on time, late,
 * undated), missing township-years against the county's townships in the division list, counts
 * that add up from counties to the nation, and the CSV files.
 */
import { describe, expect, test } from 'vitest'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { countyGroups } from '../../../src/utils/compare/compare-counties.ts'
import { countyMatrix, yearSpan } from '../../../src/utils/coverage/county-matrix.ts'
import { countyCsv, summaryCsv } from '../../../src/utils/coverage/coverage-csv.ts'
import { countyMatrixExcelCsv } from '../../../src/utils/coverage/coverage-excel-csv.ts'
import { parseCsv } from '../data/parse-csv.ts'
import { unwrapExcelText } from '../../../src/utils/data/excel-text.ts'
import { coverageSummary } from '../../../src/utils/coverage/coverage-summary.ts'
import { knownTownships, type KnownTownship } from '../../../src/utils/coverage/known-townships.ts'
import { reportStatusOf, statusText, tablesUnread } from '../../../src/utils/coverage/report-status.ts'
import { addCounts, noCounts, reportsCounted } from '../../../src/utils/coverage/status-counts.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { deadlineRuleFrom, defaultDeadlineRule } from '../../../src/utils/report/deadline.ts'
import { emptyRegistry } from '../../../src/lib/places/types.ts'
import { lightRecord } from '../../../src/utils/shard/light-record.ts'
import { record, type RecordSpec } from '../report/support/records.ts'

const rule = defaultDeadlineRule
const ningxia = { province: '宁夏回族自治区', prefecture: '中卫市', county: '中宁县' }
const table = { format: '2021' as const, cells: [['一、本年新收政府信息公开申请数量', '总计', 1] as [string, string, number]] }
/** A 中宁县 township's report with a table read. */
const report = (township: string, code: string, year: number | null, publishedOn: string | null, spec: RecordSpec = {}): ReportRecord =>
  record({ year, publishedOn, requests: table, organ: { ...ningxia, name: `${township}人民政府`, township, code }, ...spec })

describe('a report’s status', () => {
  test('is its timeliness when a table was read', () => {
    expect(reportStatusOf(report('徐套乡', '640521205000', 2021, '2022-01-18'), rule)).toMatchObject({ status: 'on-time' })
    const late = reportStatusOf(report('徐套乡', '640521205000', 2021, '2022-02-12'), rule)
    expect(late).toMatchObject({ status: 'late', timeliness: { daysLate: 12, deadline: '2022-01-31' } })
    expect(statusText(late)).toBe('逾期 12 天')
    expect(statusText(reportStatusOf(report('徐套乡', '640521205000', 2021, null), rule))).toBe('未注明日期')
  })

  test('follows the deadline rule of the build', () => {
    expect(reportStatusOf(report('徐套乡', '640521205000', 2021, '2022-02-12'), deadlineRuleFrom('03-31')).status).toBe('on-time')
  })

  test('is “tables not read” when no table was read or the report has an error, keeping its timeliness', () => {
    const none = report('徐套乡', '640521205000', 2021, '2022-02-01', { requests: null })
    expect(tablesUnread(none)).toBe(true)
    expect(statusText(reportStatusOf(none, rule))).toBe('未读出表格（逾期 1 天）')
    const error = report('徐套乡', '640521205000', 2021, null, { diagnostics: [{ severity: 'error' }] })
    expect(reportStatusOf(error, rule).status).toBe('unreadable')
    expect(tablesUnread(report('徐套乡', '640521205000', 2021, null, { diagnostics: [{ severity: 'warning' }] }))).toBe(false)
  })

  test('is the same from a light record (what the national build reads)', () => {
    for (const r of [
      report('徐套乡', '640521205000', 2021, '2022-02-12'),
      report('徐套乡', '640521205000', 2021, null, { requests: null }),
    ])
      expect(reportStatusOf(lightRecord(r), rule)).toEqual(reportStatusOf(r, rule))
  })
})

describe('known townships', () => {
  test('are the county’s townships in the division list, in code order', () => {
    const zhongning = knownTownships('640521', emptyRegistry())
    expect(zhongning.map((t) => t.name)).toContain('徐套乡')
    expect(zhongning.find((t) => t.name === '徐套乡')?.code).toBe('640521205000')
    expect(zhongning.map((t) => t.code)).toEqual([...zhongning.map((t) => t.code)].sort())
    expect(zhongning.every((t) => t.code.startsWith('640521'))).toBe(true)
  })

  test('apply content/places.yaml additions, and are none for a key that is not a county code', () => {
    const registry = {
      ...emptyRegistry(),
      additions: [{ name: '新设镇', code: '640521999000', county: '中宁县', prefecture: '中卫市', province: '宁夏回族自治区' }],
    }
    expect(knownTownships('640521', registry).at(-1)).toEqual({ code: '640521999000', name: '新设镇' })
    expect(knownTownships('6405', emptyRegistry())).toEqual([])
    expect(knownTownships('x-county-abc', emptyRegistry())).toEqual([])
  })
})

describe('a county matrix', () => {
  const records = [
    report('徐套乡', '640521205000', 2019, '2020-01-20'),
    report('徐套乡', '640521205000', 2021, '2022-03-02'),
    report('喊叫水乡', '640521203000', 2020, null),
    report('喊叫水乡', '640521203000', 2021, '2022-01-30', { requests: null }),
    report('喊叫水乡', '640521203000', null, null, { id: 'undated' }),
    record({
      id: 'xa-2021',
      year: 2021,
      publishedOn: '2022-01-05',
      requests: table,
      organ: { ...ningxia, name: '新堡镇人民政府', township: '新堡镇', code: null },
    }),
  ]
  const group = countyGroups(buildPlaceTree(records)).find((g) => g.key === '640521')!
  const known: KnownTownship[] = [
    { code: '640521100000', name: '宁安镇' },
    { code: '640521203000', name: '喊叫水乡' },
    { code: '640521205000', name: '徐套乡' },
  ]
  const matrix = countyMatrix(group, known, rule)

  test('has a column for every year from the first to the last report, gaps too', () => {
    expect(yearSpan([2021, 2019, 2019])).toEqual([2019, 2020, 2021])
    expect(yearSpan([])).toEqual([])
    expect(matrix.years).toEqual([2019, 2020, 2021])
  })

  test('has a row per township with reports and per township of the list, coded in code order, then the rest', () => {
    expect(matrix.rows.map((r) => [r.name, r.placeKey !== null])).toEqual([
      ['宁安镇', false],
      ['喊叫水乡', true],
      ['徐套乡', true],
      ['新堡镇', true],
    ])
    expect(matrix.listedOnly).toBe(1)
  })

  test('marks each cell with its report’s status, or missing', () => {
    const statuses = Object.fromEntries(matrix.rows.map((r) => [r.name, r.cells.map((c) => c.status)]))
    expect(statuses).toEqual({
      宁安镇: ['missing', 'missing', 'missing'],
      喊叫水乡: ['missing', 'unknown', 'unreadable'],
      徐套乡: ['on-time', 'missing', 'late'],
      新堡镇: ['missing', 'missing', 'on-time'],
    })
    const late = matrix.rows[2]!.cells[2]!.reports[0]!
    expect(late).toMatchObject({ id: '640521205000-2021', timeliness: { status: 'late', daysLate: 30 } })
  })

  test('lists a report without a year apart, and counts every cell once', () => {
    expect(matrix.undated.map((u) => [u.township, u.report.id])).toEqual([['喊叫水乡', 'undated']])
    expect(matrix.counts).toEqual({ 'on-time': 2, late: 1, unknown: 2, unreadable: 1, missing: 7 })
    expect(reportsCounted(matrix.counts)).toBe(records.length)
    expect(matrix.byYear.map((y) => [y.year, y.counts.missing])).toEqual([
      [2019, 3],
      [2020, 3],
      [2021, 1],
    ])
    const sum = matrix.byYear.reduce((c, y) => addCounts(c, y.counts), noCounts())
    expect(sum.unknown).toBe(matrix.counts.unknown - 1)
  })

  test('writes a CSV row per cell and per undated report', () => {
    const text = countyCsv(matrix, group, (id) => `/reports/${id}/`)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(lines[0]).toBe(
      'province,prefecture,county,township,code,year,status,status_label,days_late,published_on,deadline,report_id,report_path',
    )
    expect(lines).toHaveLength(1 + 4 * 3 + 1)
    expect(lines).toContain(
      '宁夏回族自治区,中卫市,中宁县,徐套乡,640521205000,2021,late,逾期 30 天,30,2022-03-02,2022-01-31,640521205000-2021,/reports/640521205000-2021/',
    )
    expect(lines).toContain('宁夏回族自治区,中卫市,中宁县,宁安镇,640521100000,2020,missing,缺失,,,,,')
    expect(lines.at(-1)).toBe('宁夏回族自治区,中卫市,中宁县,喊叫水乡,,,unknown,未注明日期,,,,undated,/reports/undated/')
  })

  test('writes the matrix for Excel: a row per township, a column per year, the code kept as text', () => {
    const text = countyMatrixExcelCsv(matrix, group)
    expect(text.startsWith('\ufeff')).toBe(true)
    const [header, ...rows] = parseCsv(text.slice(1))
    expect(header).toEqual(['省', '地', '县', '乡镇', '区划代码', '2019年', '2020年', '2021年', '年度不详'])
    expect(rows).toHaveLength(matrix.rows.length)
    const byName = new Map(rows.map((r) => [r[3], r]))
    expect(byName.get('徐套乡')!.slice(5)).toEqual(['按时', '缺失', '逾期 30 天', ''])
    expect(unwrapExcelText(byName.get('徐套乡')![4]!)).toBe('640521205000')
    expect(byName.get('喊叫水乡')!.slice(5)).toEqual(['缺失', '未注明日期', '未读出表格（按时）', '未注明日期'])
    // A township known by name only has no code: the field is empty, not a formula.
    expect(byName.get('新堡镇')![4]).toBe('')
  })
})

describe('the summaries', () => {
  const records = [
    report('徐套乡', '640521205000', 2021, '2022-02-12'),
    report('喊叫水乡', '640521203000', 2020, '2021-01-10'),
    report('文昌镇', '640502001000', 2021, null, {
      organ: { ...ningxia, county: '沙坡头区', name: '文昌镇人民政府', township: '文昌镇', code: '640502001000' },
    }),
    record({
      year: 2022,
      publishedOn: '2023-01-20',
      requests: table,
      organ: { name: '克井镇人民政府', township: '克井镇', county: '济源市', prefecture: null, province: '河南省', code: '419001101000' },
    }),
  ]
  const tree = buildPlaceTree(records)
  const known = (key: string): KnownTownship[] => (key === '640521' ? [{ code: '640521100000', name: '宁安镇' }] : [])
  const { scopes, counties } = coverageSummary(tree, known, rule)
  const scope = (key: string) => scopes.find((s) => s.key === key)!

  test('are the nation, each province and each prefecture, with rows one level down', () => {
    expect(scopes.map((s) => [s.level, s.key, s.name])).toEqual([
      ['nation', '', '全国'],
      ['province', '41', '河南省'],
      ['province', '64', '宁夏回族自治区'],
      ['prefecture', '6405', '中卫市'],
    ])
    expect(scope('').rows.map((r) => r.key)).toEqual(['41', '64'])
    // 济源市 sits directly under its province; 中卫市's counties under it.
    expect(scope('41').rows.map((r) => [r.level, r.key])).toEqual([['county', '419001']])
    expect(scope('64').rows.map((r) => [r.level, r.key])).toEqual([['prefecture', '6405']])
    expect(scope('6405').rows.map((r) => [r.level, r.key, r.name])).toEqual([
      ['county', '640502', '沙坡头区'],
      ['county', '640521', '中宁县'],
    ])
    expect(scope('6405').trail.map((t) => t.name)).toEqual(['全国', '宁夏回族自治区'])
  })

  test('add up the county matrices, overall and by year', () => {
    const zhongning = counties.find((c) => c.key === '640521')!
    // 中宁县: 2020–2021 × 3 townships: 1 late, 1 on time, 4 missing.
    expect(zhongning.counts).toEqual({ 'on-time': 1, late: 1, unknown: 0, unreadable: 0, missing: 4 })
    expect(scope('6405').counts).toEqual({ 'on-time': 1, late: 1, unknown: 1, unreadable: 0, missing: 4 })
    expect(scope('').counts).toEqual({ 'on-time': 2, late: 1, unknown: 1, unreadable: 0, missing: 4 })
    expect(scope('').byYear.map((y) => y.year)).toEqual([2020, 2021, 2022])
    expect(scope('').townships).toBe(5)
    const sum = counties.reduce((c, county) => addCounts(c, county.counts), noCounts())
    expect(sum).toEqual(scope('').counts)
  })

  test('go into one CSV: a row per place, all years then each year', () => {
    const lines = summaryCsv(scopes, counties).slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('level,key,name,parent_key,year,townships,on-time,late,unknown,unreadable,missing,reports')
    expect(lines[1]).toBe('nation,,全国,,,5,2,1,1,0,4,4')
    expect(lines).toContain('county,640521,中宁县,6405,,3,1,1,0,0,4,2')
    expect(lines).toContain('county,640521,中宁县,6405,2021,,0,1,0,0,2,1')
    expect(lines).toContain('province,64,宁夏回族自治区,,,4,1,1,1,0,4,3')
  })
})
