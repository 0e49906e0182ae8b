import { describe, expect, test } from 'vitest'
import { townshipRates } from '../../../src/utils/rates/township-rates.ts'
import { record } from '../report/support/records.ts'

describe('townshipRates', () => {
  const rates = townshipRates([
    record({
      year: 2022,
      requests: {
        format: '2021',
        cells: [
          ['予以公开', '总计', 1, 64],
          ['部分公开', '总计', 0, 65],
          ['总计', '总计', 1, 86],
        ],
      },
      appeals: {
        cells: [
          ['行政复议', '结果纠正', 0, 90],
          ['行政复议', '总计', 0, 90],
        ],
      },
    }),
    record({
      year: 2020,
      requests: {
        format: '2019',
        cells: [
          ['予以公开', '总计', 20, 53],
          ['部分公开', '总计', 5, 55],
          ['总计', '总计', 30, 73],
        ],
      },
    }),
  ])
  const row = (name: string) => rates.rows.find((r) => r.definition.name === name)!

  test('one column per report, oldest first, one row per rate', () => {
    expect(rates.columns.map((c) => c.label)).toEqual(['2020年', '2022年'])
    expect(rates.rows).toHaveLength(7)
  })

  test("each side links to its cell, or to the report's table when its cells stand on several lines", () => {
    expect(row('公开率').values[0]).toEqual({
      status: 'rate',
      ratio: 25 / 30,
      numerator: { value: 25, href: '/reports/640521205000-2020/#table-3' },
      denominator: { value: 30, href: '/reports/640521205000-2020/source/#L73' },
      reason: null,
    })
    expect(row('公开率').values[1]).toMatchObject({
      status: 'small',
      numerator: { value: 1, href: '/reports/640521205000-2022/#table-3' },
      denominator: { value: 1, href: '/reports/640521205000-2022/source/#L86' },
    })
  })

  test('no rate: the reason, and both sides when they are known (0/0)', () => {
    expect(row('行政复议纠错率').values[0]).toMatchObject({ status: 'none', numerator: null, denominator: null, reason: '报告没有表四' })
    expect(row('行政复议纠错率').values[1]).toEqual({
      status: 'none',
      ratio: null,
      numerator: { value: 0, href: '/reports/640521205000-2022/source/#L90' },
      denominator: { value: 0, href: '/reports/640521205000-2022/source/#L90' },
      reason: '本年没有行政复议案件',
    })
  })
})
