/**
 * The quality overview's computation: each rule's result per report (from full records and from
 * light records alike), the findings files per province and year and their index, the counts per
 * check, the reports with the most findings, the URL filter and the CSV.
 */
import { describe, expect, test } from 'vitest'
import type { QualityCheck, ReportRecord } from '../../../src/lib/types.ts'
import { countyGroups } from '../../../src/utils/compare/compare-counties.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { defaultDeadlineRule } from '../../../src/utils/report/deadline.ts'
import { findingColumns, findingsCsv } from '../../../src/utils/quality/findings-csv.ts'
import { readFindingsFile } from '../../../src/utils/quality/findings-file.ts'
import { findingsFiles } from '../../../src/utils/quality/findings-files.ts'
import { filterQuery, matchesFilter, neededFiles, placeScope, readFilter } from '../../../src/utils/quality/findings-index.ts'
import { qualityOverview } from '../../../src/utils/quality/quality-overview.ts'
import { qualityRules } from '../../../src/utils/quality/quality-rules.ts'
import { reportFindings } from '../../../src/utils/quality/report-findings.ts'
import { ruleStatuses, talliedChecks } from '../../../src/utils/quality/rule-statuses.ts'
import { lightRecord } from '../../../src/utils/shard/light-record.ts'
import { organs, record } from '../report/support/records.ts'

const rule = defaultDeadlineRule
/** A check of `ruleId` with `status`. */
const check = (
  ruleId: string,
  status: QualityCheck['status'],
  subject = `${ruleId} 的一项`,
  extra: Partial<QualityCheck> = {},
): QualityCheck => ({
  ruleId,
  subject,
  formula: '左 = 右',
  status,
  line: 7,
  ...extra,
})

const xutao = record({
  id: '640521205000-2021',
  publishedOn: '2022-02-12', // 12 days late
  quality: [
    check('request-balance', 'pass', '表三「自然人」列'),
    check('request-balance', 'fail', '表三「总计」列', { left: 5, right: 3, difference: 2, reason: '一 + 二 = 5，三 + 四 = 3' }),
    check('missing-table', 'pass'),
    check('narrative-request-count', 'unknown', '正文件数', { reason: '正文没有写件数' }),
  ],
})
const xutao2020 = record({
  id: '640521205000-2020',
  year: 2020,
  publishedOn: '2021-01-20',
  quality: [check('missing-table', 'pass'), check('appeal-sum', 'fail')],
})
const duizhen = record({
  id: '141181100000-2021',
  organ: organs.duizhen,
  quality: [
    check('missing-table', 'fail', '表二', { reason: '未找到表二' }),
    check('missing-table', 'pass', '表三'),
    check('blank-cells', 'unknown'),
  ],
})
const fengshan = record({
  id: '622926214000-2020',
  year: 2020,
  organ: organs.fengshan,
  publishedOn: '2021-01-02',
  quality: [check('missing-table', 'pass')],
})
const records: ReportRecord[] = [xutao, xutao2020, duizhen, fengshan]
const groups = (rs: readonly ReportRecord[]) => countyGroups(buildPlaceTree(rs))

describe('a report’s result per rule', () => {
  test('is fail when any check failed, else unknown when any could not be evaluated, else pass', () => {
    expect(Object.fromEntries(ruleStatuses(xutao.quality))).toEqual({
      'request-balance': 'fail',
      'missing-table': 'pass',
      'narrative-request-count': 'unknown',
    })
  })

  test('survives the light record: failed checks kept, the others tallied', () => {
    for (const r of records) expect(ruleStatuses(lightRecord(r).quality)).toEqual(ruleStatuses(r.quality))
    expect(talliedChecks(duizhen.quality)).toEqual([
      { ...duizhen.quality[0], formula: '' },
      { ruleId: '*', subject: 'blank-cells', formula: '', status: 'unknown', line: null },
    ])
  })

  test('findings are the late timeliness row and the failed checks, as on the card', () => {
    expect(reportFindings(xutao, rule).map((f) => [f.ruleId, f.status, f.difference])).toEqual([
      ['timeliness', 'fail', 12],
      ['request-balance', 'fail', 2],
    ])
    expect(reportFindings(lightRecord(xutao), rule).map((f) => f.subject)).toEqual(reportFindings(xutao, rule).map((f) => f.subject))
    expect(reportFindings(fengshan, rule)).toEqual([])
  })
})

describe('the findings files', () => {
  const files = findingsFiles(groups(records), rule)

  test('are one per province and year with findings, each report with its place', () => {
    expect([...files.keys()].sort()).toEqual(['14/2021', '64/2020', '64/2021'])
    const findings = readFindingsFile(files.get('64/2021')!)
    expect(findings).toHaveLength(2)
    expect(findings[1]).toEqual({
      reportId: '640521205000-2021',
      year: 2021,
      provinceKey: '64',
      province: '宁夏回族自治区',
      prefectureKey: '6405',
      prefecture: '中卫市',
      countyKey: '640521',
      county: '中宁县',
      township: '徐套乡',
      ruleId: 'request-balance',
      subject: '表三「总计」列',
      left: 5,
      right: 3,
      difference: 2,
      reason: '一 + 二 = 5，三 + 四 = 3',
      line: 7,
    })
  })

  test('are the same from a shard’s records as in a whole build (one province’s places do not depend on another’s)', () => {
    const shard = findingsFiles(groups([xutao, xutao2020]), rule)
    expect(shard.get('64/2021')).toEqual(files.get('64/2021'))
  })

  test('as CSV: a header and one row per finding, with the rule’s title and the report page', () => {
    const csv = findingsCsv(readFindingsFile(files.get('64/2021')!), { 'request-balance': '表三：各列收支平衡' })
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe(findingColumns.join(','))
    expect(lines[2]).toBe(
      '640521205000-2021,2021,宁夏回族自治区,中卫市,中宁县,徐套乡,request-balance,表三：各列收支平衡,表三「总计」列,5,3,2,一 + 二 = 5，三 + 四 = 3,7,/reports/640521205000-2021/',
    )
  })
})

describe('the overview', () => {
  const overview = qualityOverview(groups(records), qualityRules(rule), rule, 2)

  test('counts each check’s reports that pass, fail and cannot be evaluated', () => {
    const counts = Object.fromEntries(overview.checks.map((c) => [c.id, [c.pass, c.fail, c.unknown, c.findings]]))
    expect(counts['timeliness']).toEqual([2, 1, 1, 1])
    expect(counts['missing-table']).toEqual([3, 1, 0, 1])
    expect(counts['request-balance']).toEqual([0, 1, 0, 1])
    expect(counts['blank-cells']).toEqual([0, 0, 1, 0])
    expect(overview.checks[0]!.formula).toContain('截止日期')
    expect(overview.checks.find((c) => c.id === 'request-balance')!.formula).toBe('一 + 二 = 三（七）总计 + 四')
  })

  test('is the same from light records (the national build) as from full ones', () => {
    expect(qualityOverview(groups(records.map(lightRecord)), qualityRules(rule), rule, 2)).toEqual(overview)
  })

  test('lists the reports with the most findings, and counts by province', () => {
    expect(overview.top.map((t) => [t.id, t.findings, t.place])).toEqual([
      ['640521205000-2021', 2, '宁夏回族自治区中宁县徐套乡'],
      ['141181100000-2021', 1, '山西省孝义市兑镇镇'],
    ])
    expect(overview.top[0]!.rules).toEqual(['按时发布', '表三：各列收支平衡'])
    expect(overview.provinces.map((p) => [p.key, p.reports, p.withFindings, p.findings])).toEqual([
      ['14', 1, 1, 1],
      ['62', 1, 0, 0],
      ['64', 2, 2, 3],
    ])
    expect([overview.reports, overview.withFindings, overview.findings]).toEqual([4, 3, 4])
  })

  test('indexes the files by province and year with findings per check', () => {
    const ningxia = overview.index.provinces.find((p) => p.k === '64')!
    expect(ningxia.p).toEqual([{ k: '6405', n: '中卫市', c: [['640521', '中宁县']] }])
    expect(ningxia.y).toEqual({ '2020': { r: 1, f: { 'appeal-sum': 1 } }, '2021': { r: 1, f: { timeliness: 1, 'request-balance': 1 } } })
    // Every file the index lists exists, and no other.
    const listed = neededFiles(overview.index, readFilter('')).map((f) => `${f.province}/${f.year}`)
    expect(listed.sort()).toEqual([...findingsFiles(groups(records), rule).keys()].sort())
  })
})

describe('the filter', () => {
  const { index } = qualityOverview(groups(records), qualityRules(rule), rule)
  const all = [...findingsFiles(groups(records), rule).values()].flatMap(readFindingsFile)

  test('reads and writes the query string', () => {
    expect(readFilter('?year=2021&check=timeliness')).toEqual({ check: 'timeliness', place: '', year: '2021' })
    expect(filterQuery({ check: 'timeliness', place: '6405', year: '' })).toBe('?check=timeliness&place=6405')
    expect(filterQuery({ check: '', place: '', year: '' })).toBe('')
  })

  test('finds a place at any level', () => {
    expect(placeScope(index, '64')).toMatchObject({ level: 'province', name: '宁夏回族自治区' })
    expect(placeScope(index, '6405')).toMatchObject({ level: 'prefecture', name: '中卫市', province: { k: '64' } })
    expect(placeScope(index, '640521')).toMatchObject({ level: 'county', name: '中宁县' })
    expect(placeScope(index, '99')).toBeNull()
  })

  test('fetches only the files it needs, and keeps only its findings', () => {
    const filter = readFilter('?check=request-balance&place=640521')
    expect(neededFiles(index, filter)).toEqual([{ province: '64', year: '2021', findings: 1 }])
    expect(all.filter((f) => matchesFilter(f, filter)).map((f) => f.reportId)).toEqual(['640521205000-2021'])
    expect(neededFiles(index, readFilter('?year=2020'))).toEqual([{ province: '64', year: '2020', findings: 1 }])
    expect(all.filter((f) => matchesFilter(f, readFilter('?place=14'))).map((f) => f.ruleId)).toEqual(['missing-table'])
    expect(neededFiles(index, readFilter('?place=99'))).toEqual([])
  })
})

describe('a sharded build', () => {
  test('the national index, from both shards’ light records, lists exactly the files the shards make', () => {
    const shards = [
      [xutao, xutao2020],
      [duizhen, fengshan],
    ]
    const made = shards.flatMap((shard) => [...findingsFiles(groups(shard), rule).keys()])
    const national = qualityOverview(groups(shards.flat().map(lightRecord)), qualityRules(rule), rule)
    expect(
      neededFiles(national.index, readFilter(''))
        .map((f) => `${f.province}/${f.year}`)
        .sort(),
    ).toEqual(made.sort())
    expect(made).toEqual(expect.arrayContaining(['64/2021', '14/2021']))
    expect(national.findings).toBe(4)
  })
})
