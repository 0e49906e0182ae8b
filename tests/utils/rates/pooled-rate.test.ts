import { describe, expect, test } from 'vitest'
import { pooledRate } from '../../../src/utils/rates/pooled-rate.ts'
import { rateDefinition } from '../../../src/utils/rates/rate-definitions.ts'
import { yearRates } from '../../../src/utils/rates/year-rates.ts'
import { record } from '../report/support/records.ts'

const disclosure = rateDefinition('disclosure')

/** A report whose table 三 has these 予以公开, 部分公开 and （七）总计 (总计 column). */
const report = (open: number | null, partly: number | null, total: number | null, format: '2019' | '2021' = '2021') =>
  record({
    requests: {
      format,
      cells: [
        ['予以公开', '总计', open, 64],
        ['部分公开', '总计', partly, 65],
        ['总计', '总计', total, 86],
      ],
    },
  })

describe('pooledRate', () => {
  test('adds numerators and denominators over reports of both formats', () => {
    const rate = pooledRate([report(10, 2, 20, '2019'), report(3, 0, 5), report(0, 0, 0)], disclosure)
    expect(rate).toMatchObject({ status: 'rate', numerator: 15, denominator: 25, ratio: 0.6, counted: 3, reason: null })
  })

  test('leaves out and counts reports without the table, with a blank cell, or inconsistent', () => {
    const rate = pooledRate([report(4, 1, 12), record({}), report(null, 1, 12), report(20, 0, 10), report(1, 0, 0)], disclosure)
    expect(rate).toMatchObject({ numerator: 5, denominator: 12, counted: 1, noTable: 1, blank: 1, inconsistent: 2 })
  })

  test('a 0 base counts even when its numerator is blank (nothing to add)', () => {
    expect(pooledRate([report(null, null, 0), report(2, 0, 3)], disclosure)).toMatchObject({
      counted: 2,
      blank: 0,
      numerator: 2,
      denominator: 3,
    })
  })

  test('a pooled base under 10 is small; 0 or nothing counted gives no rate', () => {
    expect(pooledRate([report(1, 0, 1)], disclosure)).toMatchObject({ status: 'small', ratio: 1, numerator: 1, denominator: 1 })
    expect(pooledRate([report(0, 0, 0)], disclosure)).toMatchObject({
      status: 'none',
      ratio: null,
      reason: '本年没有办结的申请（分母为 0）',
    })
    expect(pooledRate([record({})], disclosure)).toMatchObject({ status: 'none', reason: '没有可计入的报告', noTable: 1 })
  })

  test('the year pages pool four rates', () => {
    expect(yearRates([report(1, 1, 2)]).map((r) => r.definition.name)).toEqual(['公开率', '办结率', '行政复议纠错率', '行政诉讼纠错率'])
  })
})
