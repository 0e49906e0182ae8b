import { describe, expect, test } from 'vitest'
import type { TableFormat } from '../../../src/lib/types.ts'
import { rateDefinition } from '../../../src/utils/rates/rate-definitions.ts'
import { rateOf, termLabel } from '../../../src/utils/rates/rate-value.ts'
import { record, type CellSpec } from '../report/support/records.ts'

const disclosure = rateDefinition('disclosure')
const refusal = rateDefinition('refusal')
const completion = rateDefinition('completion')
const reconsideration = rateDefinition('reconsideration-correction')
const litigation = rateDefinition('litigation-correction')

/** A table 三 of `format` with the 总计 column given by row. */
const requests = (format: TableFormat, values: Record<string, number | null>, line = 60) => ({
  format,
  cells: Object.entries(values).map(([row, value], i): CellSpec => [row, '总计', value, line + i]),
})

/** A table 四 on one line: each group's five columns. */
const appeals = (groups: Record<string, (number | null)[]>, line = 90) => ({
  cells: Object.entries(groups).flatMap(([row, values]) =>
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((column, i): CellSpec => [row, column, values[i] ?? null, line]),
  ),
})

describe('rateOf', () => {
  test.each(['2019', '2021'] as const)('公开率 of a %s-format table 三: (予以公开 + 部分公开) ÷ （七）总计', (format) => {
    const rate = rateOf(record({ requests: requests(format, { 予以公开: 20, 部分公开: 5, 总计: 30 }) }), disclosure)
    expect(rate).toMatchObject({ id: 'disclosure', status: 'rate', ratio: 25 / 30, problem: null, reason: null })
    expect(rate.numerator.value).toBe(25)
    expect(rate.denominator.value).toBe(30)
    expect(rate.numerator.cells.map((c) => c.line)).toEqual([60, 61])
    expect(rate.denominator.cells.map((c) => c.line)).toEqual([62])
  })

  test('不予公开率 sums the eight 不予公开 rows', () => {
    const rows = Object.fromEntries(refusal.numerator.map((t, i) => [t.row, i < 2 ? 3 : 0]))
    const rate = rateOf(record({ requests: requests('2021', { ...rows, 总计: 40 }) }), refusal)
    expect(rate).toMatchObject({ status: 'rate', ratio: 6 / 40 })
  })

  test('办结率 = （七）总计 ÷ (新收 + 上年结转)', () => {
    const values = { 本年新收政府信息公开申请数量: 18, 上年结转政府信息公开申请数量: 2, 总计: 15 }
    expect(rateOf(record({ requests: requests('2019', values) }), completion)).toMatchObject({ status: 'rate', ratio: 0.75 })
  })

  test('the correction rates read table 四: 行政复议 alone, the two lawsuit groups together', () => {
    const r = record({ appeals: appeals({ 行政复议: [8, 3, 0, 1, 12], 未经复议直接起诉: [4, 1, 0, 0, 5], 复议后起诉: [3, 2, 0, 0, 5] }) })
    expect(rateOf(r, reconsideration)).toMatchObject({ status: 'rate', ratio: 0.25 })
    const lawsuits = rateOf(r, litigation)
    expect(lawsuits).toMatchObject({ status: 'rate', ratio: 0.3 })
    expect([lawsuits.numerator.value, lawsuits.denominator.value]).toEqual([3, 10])
  })

  test('a base under 10 is small: 1 of 1 is never read as a bare 100%', () => {
    const rate = rateOf(record({ requests: requests('2021', { 予以公开: 1, 部分公开: 0, 总计: 1 }) }), disclosure)
    expect(rate).toMatchObject({ status: 'small', ratio: 1 })
    expect(rateOf(record({ requests: requests('2021', { 予以公开: 9, 部分公开: 0, 总计: 9 }) }), disclosure).status).toBe('small')
    expect(rateOf(record({ requests: requests('2021', { 予以公开: 9, 部分公开: 0, 总计: 10 }) }), disclosure).status).toBe('rate')
  })

  test('a 0 denominator gives no rate, saying why', () => {
    const rate = rateOf(record({ requests: requests('2021', { 予以公开: 0, 部分公开: 0, 总计: 0 }) }), disclosure)
    expect(rate).toMatchObject({ status: 'none', ratio: null, problem: 'zero-base', reason: '本年没有办结的申请（分母为 0）' })
    expect(rate.numerator.value).toBe(0)
    const none = rateOf(record({ appeals: appeals({ 行政复议: [0, 0, 0, 0, 0] }) }), reconsideration)
    expect(none.reason).toBe('本年没有行政复议案件（分母为 0）')
    // A blank numerator over a 0 base: the base is the reason (哈拉直沟乡 2021 leaves 予以公开 blank, 总计 无).
    expect(rateOf(record({ requests: requests('2019', { 予以公开: null, 部分公开: null, 总计: 0 }) }), disclosure).problem).toBe(
      'zero-base',
    )
  })

  test('a blank (未填报) or unreadable cell gives no rate, never a 0 in its place', () => {
    const blank = rateOf(record({ requests: requests('2021', { 予以公开: 20, 部分公开: null, 总计: 30 }) }), disclosure)
    expect(blank).toMatchObject({ status: 'none', ratio: null, problem: 'blank', reason: '表三「部分公开」总计栏未填报' })
    expect(blank.numerator.value).toBeNull()
    expect(blank.denominator.value).toBe(30)
    const both = rateOf(record({ requests: requests('2021', { 予以公开: null, 部分公开: null, 总计: 30 }) }), disclosure)
    expect(both.reason).toBe('表三「予以公开」总计栏等 2 项未填报')
    const base = rateOf(record({ requests: requests('2021', { 予以公开: 1, 部分公开: 1 }) }), disclosure)
    expect(base.reason).toBe('表三「（七）总计」总计栏未填报')
    const unreadable = record({ requests: requests('2021', { 予以公开: 1, 部分公开: 1, 总计: null }) })
    unreadable.tables.requests!.cells[2]!.uncertain = { ruleId: 'row-unreadable', message: '无法拆分' }
    expect(rateOf(unreadable, disclosure).reason).toBe('表三「（七）总计」总计栏无法读取')
    const lawsuit = rateOf(record({ appeals: appeals({ 未经复议直接起诉: [0, 0, 0, 0, 0], 复议后起诉: [0, null, 0, 0, 2] }) }), litigation)
    expect(lawsuit.reason).toBe('表四「复议后起诉」结果纠正栏未填报')
  })

  test('a missing table gives no rate', () => {
    expect(rateOf(record({ requests: requests('2021', { 总计: 3 }) }), reconsideration)).toMatchObject({
      status: 'none',
      problem: 'no-table',
      reason: '报告没有表四',
    })
    expect(rateOf(record({}), disclosure).reason).toBe('报告没有表三')
  })

  test('a numerator above its denominator is an inconsistency, not a rate over 100%', () => {
    const rate = rateOf(record({ requests: requests('2021', { 予以公开: 12, 部分公开: 0, 总计: 10 }) }), disclosure)
    expect(rate).toMatchObject({ status: 'none', ratio: null, problem: 'inconsistent', reason: '分子大于分母，表内数字不一致' })
  })

  test('terms are named as a reader finds them in the tables', () => {
    expect(termLabel({ table: 'requests', row: '部分公开', column: '总计' })).toBe('表三「部分公开」总计栏')
    expect(termLabel({ table: 'appeals', row: '行政复议', column: '结果纠正' })).toBe('表四「行政复议」结果纠正栏')
  })
})
