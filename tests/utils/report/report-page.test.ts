/** The facts, search filters, contents and checks of a report page (report-title, place-trail, search-filters, report-contents, diagnostic-groups). */
import { describe, expect, it } from 'vitest'
import { diagnosticGroups } from '../../../src/utils/report/diagnostic-groups.ts'
import { placeSteps } from '../../../src/utils/place/place-trail.ts'
import { reportContents } from '../../../src/utils/report/report-contents.ts'
import { dateLabel, formatLabel, reportFormat, reportTitle, shortName } from '../../../src/utils/report/report-title.ts'
import { searchFilters } from '../../../src/utils/search/search-filters.ts'
import type { Diagnostic, OrganRecord, ReportRecord } from '../../../src/lib/types.ts'

const organ: OrganRecord = {
  name: '中宁县徐套乡人民政府',
  township: '徐套乡',
  county: '中宁县',
  prefecture: '中卫市',
  province: '宁夏回族自治区',
  code: '640521205000',
}
const table = (format: '2019' | '2021') => ({ format, line: 1, cells: [] })
const tables = (requests: '2019' | '2021' | null, proactive: '2019' | '2021' | null = null): ReportRecord['tables'] => ({
  proactive: proactive ? table(proactive) : null,
  requests: requests ? table(requests) : null,
  appeals: null,
})

describe('report titles', () => {
  it('names the report by organ and year', () => {
    expect(reportTitle({ organ, year: 2021 })).toBe('中宁县徐套乡人民政府2021年政府信息公开工作年度报告')
    expect(reportTitle({ organ: { ...organ, name: null }, year: null })).toBe('徐套乡政府信息公开工作年度报告')
    expect(shortName({ organ })).toBe('徐套乡')
  })

  it('writes formats and dates in Chinese', () => {
    expect(formatLabel('2019')).toBe('2019年格式')
    expect(dateLabel('2022-01-04')).toBe('2022年1月4日')
    expect(dateLabel('2022年1月')).toBe('2022年1月')
  })

  it('takes the format from table 三, else table 二', () => {
    expect(reportFormat({ tables: tables('2021', '2019') })).toBe('2021')
    expect(reportFormat({ tables: tables(null, '2019') })).toBe('2019')
    expect(reportFormat({ tables: tables(null) })).toBeNull()
  })
})

describe('placeSteps', () => {
  it('links province, prefecture, county and township by code prefix', () => {
    expect(placeSteps(organ).map((s) => [s.level, s.name, s.href])).toEqual([
      ['province', '宁夏回族自治区', '/places/64/'],
      ['prefecture', '中卫市', '/places/6405/'],
      ['county', '中宁县', '/places/640521/'],
      ['township', '徐套乡', '/places/640521205000/'],
    ])
  })

  it('leaves out unnamed levels and does not link without a code', () => {
    expect(placeSteps({ ...organ, prefecture: null, code: null }).map((s) => [s.name, s.href])).toEqual([
      ['宁夏回族自治区', null],
      ['中宁县', null],
      ['徐套乡', null],
    ])
  })
})

describe('searchFilters', () => {
  it('gives province, county, township, year and format, in that order', () => {
    expect(searchFilters({ organ, year: 2021, tables: tables('2021') })).toEqual([
      { name: 'province', value: '宁夏回族自治区' },
      { name: 'county', value: '中宁县' },
      { name: 'township', value: '徐套乡' },
      { name: 'year', value: '2021' },
      { name: 'format', value: '2021年格式' },
    ])
  })

  it('leaves out what is unknown', () => {
    expect(searchFilters({ organ: { ...organ, county: null }, year: null, tables: tables(null) }).map((f) => f.name)).toEqual([
      'province',
      'township',
    ])
  })
})

describe('reportContents', () => {
  it('lists the tables, the introduction and the sections found, the checks and the downloads', () => {
    const narrative = {
      intro: [{ text: '标题', line: 1 }],
      sections: [
        { number: 1 as const, title: '一、总体情况', line: 3, paragraphs: [] },
        { number: 5 as const, title: '五、存在问题和改进措施', line: 9, paragraphs: [] },
      ],
    }
    const contents = reportContents(narrative)
    expect(contents.map((e) => e.href)).toEqual(['#tables', '#text', '#diagnostics', '#downloads'])
    expect(contents[0]!.children.map((e) => e.href)).toEqual(['#table-2', '#table-3', '#table-4'])
    expect(contents[1]!.children.map((e) => [e.href, e.text])).toEqual([
      ['#intro', '前言'],
      ['#section-1', '一、总体情况'],
      ['#section-5', '五、存在问题和改进措施'],
    ])
  })

  it('calls the text 报告正文 when no section was found', () => {
    expect(reportContents({ intro: [], sections: [] })[1]!.children).toEqual([{ href: '#intro', text: '报告正文', children: [] }])
  })
})

describe('diagnosticGroups', () => {
  const d = (severity: Diagnostic['severity'], line: number | null, ruleId = 'x'): Diagnostic => ({
    ruleId,
    severity,
    message: `${severity}@${line}`,
    line,
    column: null,
  })

  it('puts errors and warnings under 需要注意的问题 and infos under 提示, by line, linked', () => {
    const groups = diagnosticGroups({
      id: 'r',
      diagnostics: [d('info', 9), d('warning', 52), d('warning', null), d('error', 52), d('info', 1)],
    })
    expect(groups.map((g) => [g.title, g.items.map((i) => i.message)])).toEqual([
      ['需要注意的问题', ['warning@null', 'error@52', 'warning@52']],
      ['提示', ['info@1', 'info@9']],
    ])
    expect(groups[0]!.items[1]).toMatchObject({ severityLabel: '错误', href: 'source/#L52' })
    expect(groups[0]!.items[0]!.href).toBeNull()
  })

  it('gives no group when there is nothing to say', () => {
    expect(diagnosticGroups({ id: 'r', diagnostics: [] })).toEqual([])
  })
})
