import { describe, expect, test } from 'vitest'
import { deltaMark, deltaText, difference, formatValue } from '../../../src/utils/format-value.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { latestReports, siteCounts } from '../../../src/utils/place/site-summary.ts'
import { organs, record } from '../report/support/records.ts'

describe('siteCounts and latestReports', () => {
  const records = [
    record({ organ: organs.fengshan, year: 2020, publishedOn: '2021-01-22' }),
    record({ organ: organs.xutao, year: 2021 }),
    record({ organ: organs.xutao, year: 2020 }),
    record({ organ: organs.halazhigou, year: 2021, publishedOn: '2022-01-04' }),
  ]

  test('counts reports, townships, counties, provinces and years', () => {
    expect(siteCounts(records, buildPlaceTree(records))).toEqual({ reports: 4, townships: 3, counties: 3, provinces: 3, years: 2 })
  })

  test('lists the newest reports by year, then publication date', () => {
    expect(latestReports(records).map((r) => r.id)).toEqual([
      '630223204000-2021',
      '640521205000-2021',
      '622926214000-2020',
      '640521205000-2020',
    ])
    expect(latestReports(records, 1)).toHaveLength(1)
  })
})

describe('format-value', () => {
  test('writes — for a value not reported, never 0, and keeps the unit', () => {
    expect([formatValue(null), formatValue(0), formatValue(251000), formatValue(3.2, '万元')]).toEqual(['—', '0', '251,000', '3.2 万元'])
  })

  test('marks and spells out differences', () => {
    expect(difference(3.3, 3.2)).toBe(0.1)
    expect([deltaMark(11), deltaMark(-2), deltaMark(0)]).toEqual(['▲11', '▼2', '='])
    expect([deltaText(11, '2020年'), deltaText(-2, '2020年'), deltaText(0, '2020年')]).toEqual([
      '较2020年增加11',
      '较2020年减少2',
      '与2020年持平',
    ])
  })
})
