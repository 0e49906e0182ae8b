/** timelinessOf: a report's publication date against the deadline rule of the build. */
import { describe, expect, test } from 'vitest'
import { deadlineRuleFrom, defaultDeadlineRule } from '../../../src/utils/report/deadline.ts'
import { timelinessOf } from '../../../src/utils/report/timeliness.ts'

const of = (year: number | null, publishedOn: string | null, rule = defaultDeadlineRule) => timelinessOf({ year, publishedOn }, rule)

describe('timelinessOf', () => {
  test('is on time up to and including the deadline day', () => {
    expect(of(2021, '2022-01-18')).toEqual({ status: 'on-time', deadline: '2022-01-31' })
    expect(of(2021, '2022-01-31')).toEqual({ status: 'on-time', deadline: '2022-01-31' })
    expect(of(2021, '2021-12-30')).toEqual({ status: 'on-time', deadline: '2022-01-31' })
  })

  test('is late from the day after, with the number of days', () => {
    expect(of(2021, '2022-02-01')).toEqual({ status: 'late', daysLate: 1, deadline: '2022-01-31' })
    expect(of(2021, '2022-02-12')).toEqual({ status: 'late', daysLate: 12, deadline: '2022-01-31' })
    expect(of(2023, '2024-03-01')).toEqual({ status: 'late', daysLate: 30, deadline: '2024-01-31' })
  })

  test('uses the rule it is given, clamping the day to the end of the month', () => {
    const march = deadlineRuleFrom('03-31')
    expect(of(2021, '2022-02-12', march)).toEqual({ status: 'on-time', deadline: '2022-03-31' })
    const feb29 = deadlineRuleFrom('02-29')
    expect(of(2022, '2023-02-28', feb29)).toEqual({ status: 'on-time', deadline: '2023-02-28' })
    expect(of(2022, '2023-03-01', feb29)).toEqual({ status: 'late', daysLate: 1, deadline: '2023-02-28' })
    expect(of(2023, '2024-02-29', feb29)).toEqual({ status: 'on-time', deadline: '2024-02-29' })
  })

  test('is unknown without a publication date, keeping the deadline of the year', () => {
    expect(of(2021, null)).toEqual({ status: 'unknown', deadline: '2022-01-31' })
    expect(of(2021, '2022年2月')).toEqual({ status: 'unknown', deadline: '2022-01-31' })
  })

  test('is unknown with no deadline when the year is unknown', () => {
    expect(of(null, '2022-02-12')).toEqual({ status: 'unknown', deadline: null })
  })
})
