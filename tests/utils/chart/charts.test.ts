import { describe, expect, test } from 'vitest'
import { barChart, distribution } from '../../../src/utils/chart/chart-bars.ts'
import { niceCeil, trendChart, trendDomain } from '../../../src/utils/chart/chart-trend.ts'

describe('trendChart', () => {
  test('rounds the axis up to 1, 2 or 5 × 10^k from 0', () => {
    expect([0.3, 1, 3, 7, 12, 51, 100, 101].map(niceCeil)).toEqual([0.5, 1, 5, 10, 20, 100, 100, 200])
    expect(trendDomain([])).toEqual([0, 1])
    expect(trendDomain([0, 0])).toEqual([0, 1])
    expect(trendDomain([3, 51])).toEqual([0, 100])
    expect(trendDomain([-8, 3])).toEqual([-10, 5])
  })

  test('one point sits in the middle, labelled, with no line', () => {
    const chart = trendChart('行政处罚', [{ label: '2021年', value: 51 }])
    expect(chart.lines).toEqual([])
    expect(chart.dots).toEqual([{ x: 134, y: 52.2, textY: 44.2, label: '2021年', text: '51' }])
    expect(chart.xLabels).toEqual([{ x: 134, text: '2021年' }])
    expect(chart.yTicks.map((t) => t.text)).toEqual(['0', '50', '100'])
    expect(chart.description).toBe('行政处罚：2021年 51')
  })

  test('a value not reported breaks the line and is listed, never drawn as 0', () => {
    const chart = trendChart('新收申请', [
      { label: '2019年', value: 2 },
      { label: '2020年', value: 4 },
      { label: '2021年', value: null },
      { label: '2022年', value: 1 },
    ])
    expect(chart.lines).toHaveLength(1)
    expect(chart.lines[0].split(' ')).toHaveLength(2)
    expect(chart.dots.map((d) => d.label)).toEqual(['2019年', '2020年', '2022年'])
    expect(chart.missing).toEqual(['2021年'])
    expect(chart.description).toBe('新收申请：2019年 2，2020年 4，2021年 未填报，2022年 1')
    const [a, b] = chart.dots
    expect(a.y).toBeGreaterThan(b.y)
    expect(a.x).toBeLessThan(b.x)
    for (const d of chart.dots) {
      expect(d.y).toBeGreaterThanOrEqual(chart.plot.top)
      expect(d.y).toBeLessThanOrEqual(chart.plot.bottom)
    }
  })

  test('six years label the axis with the year digits only (no room for 年 after each)', () => {
    const six = [2019, 2020, 2021, 2022, 2023, 2024].map((y) => ({ label: `${y}年`, value: 1 }))
    expect(trendChart('t', six).xLabels.map((l) => l.text)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024'])
    expect(trendChart('t', six.slice(0, 4)).xLabels.map((l) => l.text)).toEqual(['2019年', '2020年', '2021年', '2022年'])
  })
})

describe('barChart', () => {
  test('scales bars to the largest value, labels above, values after them', () => {
    const chart = barChart('新收申请', [
      { label: '徐套乡', value: 10 },
      { label: '兑镇镇', value: 0 },
      { label: '哈拉直沟乡', value: null },
      { label: '凤山乡', value: 5, href: '/places/622926214000/' },
    ])
    expect(chart.bars.map((b) => [b.label, b.barWidth, b.text, b.labelY, b.barY])).toEqual([
      ['徐套乡', 288, '10', 14, 18],
      ['兑镇镇', 0, '0', 58, 62],
      ['凤山乡', 144, '5', 102, 106],
    ])
    expect(chart.bars[2].href).toBe('/places/622926214000/')
    expect(chart.height).toBe(132)
    expect(chart.missing.map((i) => i.label)).toEqual(['哈拉直沟乡'])
    expect(chart.description).toBe('新收申请：徐套乡 10，兑镇镇 0，凤山乡 5；未填报：哈拉直沟乡')
  })

  test('all zero or nothing reported draws no bar lengths', () => {
    expect(barChart('t', [{ label: 'a', value: 0 }]).bars[0].barWidth).toBe(0)
    expect(barChart('t', [{ label: 'a', value: null }])).toMatchObject({ bars: [], description: 't：无数据；未填报：a' })
  })
})

describe('distribution', () => {
  test('few items: one bar each, largest first, ties in given order, not reported last', () => {
    const d = distribution([
      { label: 'a', value: 1 },
      { label: 'b', value: null },
      { label: 'c', value: 9 },
      { label: 'd', value: 1 },
    ])
    expect(d.mode).toBe('items')
    expect(d.items.map((i) => i.label)).toEqual(['c', 'a', 'd', 'b'])
  })

  test('many items: townships counted per range, 0 on its own', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ label: `t${i}`, value: i % 2 ? 0 : i }))
    const d = distribution([...items, { label: 'none', value: null }], 30)
    expect(d.mode).toBe('ranges')
    expect(d.items.map((i) => `${i.label}:${i.value}`)).toEqual([
      '0:21',
      '1–5:2',
      '6–10:3',
      '11–15:2',
      '16–20:3',
      '21–25:2',
      '26–30:3',
      '31–35:2',
      '36–40:2',
      'none:null',
    ])
  })
})
