import { describe, expect, test } from 'vitest'
import { metricKey } from '../../../src/utils/metrics.ts'
import { townshipSeries, type TownshipSeries } from '../../../src/utils/place/township-series.ts'
import { record } from '../report/support/records.ts'

const received = metricKey('requests', null, '本年新收政府信息公开申请数量', '总计')
const penalties2021 = metricKey('proactive', '2021', '行政处罚', '本年处理决定数量')
const penalties2019 = metricKey('proactive', '2019', '行政处罚', '处理决定数量')

/** The row of a metric. */
function rowOf(series: TownshipSeries, key: string) {
  return series.groups.flatMap((g) => g.blocks.flatMap((b) => b.rows)).find((r) => r.metric.key === key)
}

describe('townshipSeries', () => {
  test('one report: one column, values linked to their source lines', () => {
    const series = townshipSeries([
      record({
        proactive: {
          format: '2021',
          cells: [
            ['行政处罚', '本年处理决定数量', 51, 51],
            ['行政事业性收费', '本年收费金额', 3.2, 55, '万元'],
          ],
        },
        requests: { format: '2021', cells: [['本年新收政府信息公开申请数量', '总计', 0, 62]] },
      }),
    ])
    expect(series.columns).toEqual([{ id: '640521205000-2021', year: 2021, label: '2021年', href: '/reports/640521205000-2021/' }])
    expect(series.groups.map((g) => g.caption)).toEqual(['表二 主动公开政府信息情况（2021 格式）', '表三 收到和处理政府信息公开申请情况'])
    expect(series.groups.map((g) => g.column)).toEqual([null, '总计'])
    expect(rowOf(series, penalties2021)!.values).toEqual([
      { applicable: true, value: 51, raw: '51', unit: null, line: 51, href: '/reports/640521205000-2021/source/#L51', change: null },
    ])
    expect(rowOf(series, metricKey('proactive', '2021', '行政事业性收费', '本年收费金额'))!.values[0]).toMatchObject({
      value: 3.2,
      unit: '万元',
    })
    expect(rowOf(series, penalties2019)).toBeUndefined()
  })

  test('a blank or missing cell is null (未填报), never 0', () => {
    const series = townshipSeries([record({ requests: { format: '2021', cells: [['予以公开', '总计', null, 64]] } })])
    expect(rowOf(series, metricKey('requests', null, '予以公开', '总计'))!.values[0]).toMatchObject({
      applicable: true,
      value: null,
      href: '/reports/640521205000-2021/source/#L64',
    })
    expect(rowOf(series, received)!.values[0]).toMatchObject({ applicable: true, value: null, href: null, line: null })
  })

  test('years side by side, oldest first, with the change from the column before', () => {
    const series = townshipSeries([
      record({ year: 2022, requests: { format: '2021', cells: [['本年新收政府信息公开申请数量', '总计', 3, 60]] } }),
      record({ year: 2020, requests: { format: '2019', cells: [['本年新收政府信息公开申请数量', '总计', 5, 70]] } }),
      record({ year: 2021, requests: { format: '2021', cells: [['本年新收政府信息公开申请数量', '总计', null, 61]] } }),
    ])
    expect(series.columns.map((c) => c.label)).toEqual(['2020年', '2021年', '2022年'])
    expect(rowOf(series, received)!.values.map((v) => [v.value, v.change])).toEqual([
      [5, null],
      [null, null],
      [3, null],
    ])
  })

  test('marks rises, falls and no change, and compares only values in the same unit', () => {
    const series = townshipSeries([
      record({
        year: 2020,
        proactive: {
          format: '2021',
          cells: [
            ['行政处罚', '本年处理决定数量', 40],
            ['行政事业性收费', '本年收费金额', 2, 1, '万元'],
          ],
        },
      }),
      record({
        year: 2021,
        proactive: {
          format: '2021',
          cells: [
            ['行政处罚', '本年处理决定数量', 51],
            ['行政事业性收费', '本年收费金额', 30000, 1, '元'],
          ],
        },
      }),
      record({
        year: 2022,
        proactive: {
          format: '2021',
          cells: [
            ['行政处罚', '本年处理决定数量', 51],
            ['行政事业性收费', '本年收费金额', 25000, 1, '元'],
          ],
        },
      }),
    ])
    expect(rowOf(series, penalties2021)!.values.map((v) => v.change)).toEqual([
      null,
      { delta: 11, from: '2020年' },
      { delta: 0, from: '2021年' },
    ])
    expect(rowOf(series, metricKey('proactive', '2021', '行政事业性收费', '本年收费金额'))!.values.map((v) => v.change)).toEqual([
      null,
      null,
      { delta: -5000, from: '2021年' },
    ])
  })

  test('keeps 2019 and 2021 table 二 apart, each over the reports in its format', () => {
    const series = townshipSeries([
      record({ year: 2020, proactive: { format: '2019', cells: [['行政处罚', '处理决定数量', 7]] } }),
      record({ year: 2021, proactive: { format: '2021', cells: [['行政处罚', '本年处理决定数量', 9]] } }),
      record({ year: 2022, proactive: { format: '2021', cells: [['行政处罚', '本年处理决定数量', 12, 40]] } }),
    ])
    expect(series.groups.map((g) => [g.table, g.format, g.columns.map((c) => c.label), g.blocks.length])).toEqual([
      ['proactive', '2019', ['2020年'], 8],
      ['proactive', '2021', ['2021年', '2022年'], 6],
    ])
    expect(rowOf(series, penalties2019)!.values.map((v) => [v.applicable, v.value])).toEqual([[true, 7]])
    expect(rowOf(series, penalties2021)!.values.map((v) => [v.value, v.change])).toEqual([
      [9, null],
      [12, { delta: 3, from: '2021年' }],
    ])
    expect(series.headline.map((t) => [t.metric.key, t.points])).toEqual([
      [
        penalties2021,
        [
          { label: '2021年', value: 9, href: '/reports/640521205000-2021/source/#L1' },
          { label: '2022年', value: 12, href: '/reports/640521205000-2022/source/#L40' },
        ],
      ],
      [penalties2019, [{ label: '2020年', value: 7, href: '/reports/640521205000-2020/source/#L1' }]],
    ])
  })

  test('shows table 三 by its 总计 column only, rows in template order, 2019 （六） before 2021 （六）1–3', () => {
    const series = townshipSeries([
      record({ year: 2020, requests: { format: '2019', cells: [] } }),
      record({
        year: 2021,
        requests: {
          format: '2021',
          cells: [
            ['重复申请', '总计', 2, 75],
            ['重复申请', '自然人', 2, 75],
          ],
        },
      }),
    ])
    const requests = series.groups.find((g) => g.table === 'requests')!
    expect(requests.column).toBe('总计')
    const rows = requests.blocks.flatMap((b) => b.rows)
    expect(rows).toHaveLength(26)
    expect(rows.every((r) => r.metric.column === '总计')).toBe(true)
    expect(rows.slice(0, 3).map((r) => r.label)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
    ])
    expect(rows.slice(-6).map((r) => r.label)).toEqual([
      '（六）其他处理',
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '其他',
      '（七）总计',
      '四、结转下年度继续办理',
    ])
    expect(requests.blocks.map((b) => b.heading)).toEqual([
      null,
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      null,
      '（六）其他处理',
      null,
    ])
    expect(rows.find((r) => r.label === '重复申请')!.values.map((v) => v.value)).toEqual([null, 2])
    const other2019 = rows.find((r) => r.label === '（六）其他处理')!
    expect(other2019.values.map((v) => v.applicable)).toEqual([true, false])
  })

  test('table 四 has 3 blocks of 5 columns; two reports of one year get distinct labels', () => {
    const series = townshipSeries([record({ id: 'a', appeals: { cells: [] } }), record({ id: 'b', appeals: { cells: [] } })])
    expect(series.groups.map((g) => g.blocks.map((b) => `${b.heading}×${b.rows.length}`))).toEqual([
      ['行政复议×5', '未经复议直接起诉×5', '复议后起诉×5'],
    ])
    expect(series.columns.map((c) => c.label)).toEqual(['2021年（1）', '2021年（2）'])
  })

  test('a report without a table has no column in that table', () => {
    const series = townshipSeries([
      record({ year: 2020, appeals: { cells: [] } }),
      record({ year: 2021, requests: { format: '2021', cells: [] }, appeals: { cells: [] } }),
    ])
    expect(series.groups.map((g) => [g.table, g.columns.map((c) => c.label)])).toEqual([
      ['requests', ['2021年']],
      ['appeals', ['2020年', '2021年']],
    ])
  })
})
