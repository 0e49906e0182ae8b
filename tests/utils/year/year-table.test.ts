import { describe, expect, test } from 'vitest'
import { yearColumns, yearTable, yearsOf } from '../../../src/utils/year/year-table.ts'
import { organs, record } from '../report/support/records.ts'

const received = (value: number | null, line = 62) => ({
  format: '2021' as const,
  cells: [['本年新收政府信息公开申请数量', '总计', value, line] as [string, string, number | null, number]],
})

describe('yearTable', () => {
  test('has the headline metrics, the totals of 三 and 四 and the diagnostics as columns', () => {
    expect(yearColumns.map((c) => c.label)).toEqual([
      '新收申请',
      '予以公开',
      '结转下年度',
      '行政复议',
      '行政处罚（2021格式）',
      '行政处罚（2019格式）',
      '办理结果总计',
      '直接起诉',
      '复议后起诉',
      '错误',
      '警告',
      '提示',
    ])
  })

  test('one row per report of the year, in place order, each value traced to its line', () => {
    const records = [
      record({ organ: organs.xutao, requests: received(4) }),
      record({
        organ: organs.duizhen,
        requests: received(2, 70),
        diagnostics: [{ severity: 'warning' }, { severity: 'warning' }, { severity: 'info' }],
      }),
      record({ organ: organs.halazhigou, requests: null }),
      record({ organ: organs.fengshan, year: 2020, requests: received(9) }),
    ]
    const table = yearTable(records, 2021)
    expect(table.rows.map((r) => [r.township, r.rank, r.placeHref])).toEqual([
      ['徐套乡', 0, '/places/640521205000/'],
      ['哈拉直沟乡', 1, '/places/630223204000/'],
      ['兑镇镇', 2, '/places/141181100000/'],
    ])
    const duizhen = table.rows[2]
    expect(duizhen.area).toBe('山西省 吕梁市 孝义市')
    expect(duizhen.reportHref).toBe('/reports/141181100000-2021/')
    expect(duizhen.values[0]).toEqual({ applicable: true, value: 2, href: '/reports/141181100000-2021/source/#L70' })
    expect(duizhen.values.slice(-3).map((v) => v.value)).toEqual([0, 2, 1])
    expect(table.rows[1].values[0]).toEqual({ applicable: false, value: null, href: null })
  })

  test('the totals row sums reported values and counts the reports without one', () => {
    const records = [
      record({ organ: organs.xutao, requests: received(4) }),
      record({ organ: organs.duizhen, requests: received(null) }),
      record({ organ: organs.halazhigou, requests: received(3) }),
      record({ organ: organs.jiergelete, requests: null }),
    ]
    const { totals } = yearTable(records, 2021)
    expect(totals[0]).toEqual({ sum: 7, missing: 1, notApplicable: 1 })
    expect(totals[1]).toEqual({ sum: null, missing: 3, notApplicable: 1 })
    expect(totals[5]).toEqual({ sum: null, missing: 0, notApplicable: 4 })
  })
})

describe('yearsOf', () => {
  test('lists years newest first with report and township counts, skipping unknown years', () => {
    const records = [
      record({ year: 2020 }),
      record({ year: 2021 }),
      record({ year: 2021, id: 'twin' }),
      record({ year: 2021, organ: organs.duizhen }),
      record({ year: null }),
    ]
    expect(yearsOf(records)).toEqual([
      { year: 2021, reports: 3, townships: 2 },
      { year: 2020, reports: 1, townships: 1 },
    ])
  })
})
