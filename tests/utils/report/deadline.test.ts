/** The deadline rule for "late" reports: a setting with a default of 31 January. */
import { describe, expect, test } from 'vitest'
import { deadlineOf, deadlineRule, deadlineRuleFrom, defaultDeadlineRule, isLate } from '../../../src/utils/report/deadline.ts'

describe('deadline rule', () => {
  test('defaults to 31 January of the following year', () => {
    expect(deadlineRuleFrom(undefined)).toBe(defaultDeadlineRule)
    expect(deadlineRuleFrom('')).toBe(defaultDeadlineRule)
    expect(deadlineOf(2021, defaultDeadlineRule)).toBe('2022-01-31')
    if (!process.env.REPORT_DEADLINE) expect(deadlineRule).toBe(defaultDeadlineRule)
  })

  test('reads a MM-DD setting and clamps to the end of the month', () => {
    const march = deadlineRuleFrom('03-31')
    expect(march).toMatchObject({ month: 3, day: 31 })
    expect(march.label).toBe('报告年度次年 3 月 31 日前（含当日）')
    expect(deadlineOf(2020, march)).toBe('2021-03-31')
    expect(deadlineOf(2023, deadlineRuleFrom('2-29'))).toBe('2024-02-29')
    expect(deadlineOf(2022, deadlineRuleFrom('02-29'))).toBe('2023-02-28')
  })

  test('rejects a malformed setting', () => {
    expect(() => deadlineRuleFrom('1月31日')).toThrow(/MM-DD/)
    expect(() => deadlineRuleFrom('13-01')).toThrow(/MM-DD/)
  })
})

describe('isLate', () => {
  test('compares the publication date with the deadline (the deadline day itself is on time)', () => {
    expect(isLate({ year: 2021, publishedOn: '2022-01-31' }, defaultDeadlineRule)).toBe(false)
    expect(isLate({ year: 2021, publishedOn: '2022-02-01' }, defaultDeadlineRule)).toBe(true)
    expect(isLate({ year: 2020, publishedOn: '2021-01-22' }, defaultDeadlineRule)).toBe(false)
    expect(isLate({ year: 2021, publishedOn: '2022-02-01' }, deadlineRuleFrom('03-31'))).toBe(false)
  })

  test('says nothing when the year or the date is unknown', () => {
    expect(isLate({ year: null, publishedOn: '2022-02-01' }, defaultDeadlineRule)).toBeNull()
    expect(isLate({ year: 2021, publishedOn: null }, defaultDeadlineRule)).toBeNull()
    expect(isLate({ year: 2021, publishedOn: '2022年2月' }, defaultDeadlineRule)).toBeNull()
  })
})
