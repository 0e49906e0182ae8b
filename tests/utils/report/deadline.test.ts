/** The deadline rule for "late" reports (a setting with a default of 31 January) and the report header's publication label. */
import { describe, expect, test } from 'vitest'
import {
  daysLate,
  deadlineOf,
  deadlineRule,
  deadlineRuleFrom,
  defaultDeadlineRule,
  publicationLabel,
} from '../../../src/utils/report/deadline.ts'

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

describe('daysLate', () => {
  const late = (year: number | null, publishedOn: string | null, rule = defaultDeadlineRule) => daysLate({ year, publishedOn }, rule)

  test('is 0 on the deadline day (on time) and 1 the day after (late)', () => {
    expect(late(2021, '2022-01-31')).toBe(0)
    expect(late(2021, '2022-02-01')).toBe(1)
    expect(late(2021, '2022-01-30')).toBe(-1)
    expect(late(2020, '2021-01-22')).toBe(-9)
    expect(late(2021, '2022-02-12')).toBe(12)
  })

  test('counts 29 February in leap years only', () => {
    // 2024 is a leap year: 31 Jan → 1 Mar is 30 days; in 2023 it is 29.
    expect(late(2023, '2024-03-01')).toBe(30)
    expect(late(2022, '2023-03-01')).toBe(29)
    expect(late(2023, '2024-02-29')).toBe(29)
  })

  test('uses the rule: a 29 February deadline is the 28th in other years', () => {
    const feb29 = deadlineRuleFrom('02-29')
    expect(late(2023, '2024-02-29', feb29)).toBe(0)
    expect(late(2023, '2024-03-01', feb29)).toBe(1)
    expect(late(2022, '2023-02-28', feb29)).toBe(0)
    expect(late(2022, '2023-03-01', feb29)).toBe(1)
    expect(late(2021, '2022-02-01', deadlineRuleFrom('03-31'))).toBeLessThanOrEqual(0)
  })

  test('counts across the turn of a year, and a report dated in its own year is on time', () => {
    expect(late(2021, '2023-01-31')).toBe(365)
    expect(late(2021, '2021-12-31')).toBe(-31)
  })

  test('says nothing when the year or the date is unknown', () => {
    expect(late(null, '2022-02-01')).toBeNull()
    expect(late(2021, null)).toBeNull()
    expect(late(2021, '2022年2月')).toBeNull()
  })
})

describe('publicationLabel', () => {
  const label = (year: number | null, publishedOn: string | null) => publicationLabel({ year, publishedOn }, defaultDeadlineRule)

  test('says whether the report met its deadline', () => {
    expect(label(2021, '2022-01-18')).toBe('2022年1月18日（按时）')
    expect(label(2021, '2022-01-31')).toBe('2022年1月31日（按时）')
    expect(label(2021, '2022-02-01')).toBe('2022年2月1日（逾期 1 天）')
    expect(label(2021, '2022-02-12')).toBe('2022年2月12日（逾期 12 天）')
  })

  test('gives the date alone when the year is unknown, and says when there is no date', () => {
    expect(label(null, '2022-02-12')).toBe('2022年2月12日')
    expect(label(2021, null)).toBe('未注明发布日期')
  })
})
