import { describe, expect, test } from 'vitest'
import { barChart, distribution } from '../../../src/utils/chart/chart-bars.ts'
import { insideViewBox, textBox, textWidth } from '../../../src/utils/chart/chart-text.ts'
import { niceCeil, trendChart, trendDomain, type TrendChart } from '../../../src/utils/chart/chart-trend.ts'

/** Every text a trend chart draws, as the box it takes. */
function trendTextBoxes(chart: TrendChart): { text: string; box: ReturnType<typeof textBox> }[] {
  const f = chart.fontSize
  return [
    ...chart.dots.map((d) => ({ text: d.text, box: textBox(d.text, d.textX, d.textY, f, 'middle') })),
    ...chart.yTicks.map((t) => ({ text: t.text, box: textBox(t.text, t.textX, t.textY, f, 'end') })),
    ...chart.xLabels.map((l) => ({ text: l.text, box: textBox(l.text, l.x, l.y, f, 'middle') })),
  ]
}

/** The texts of a chart that stick out of its viewBox. */
function clipped(chart: TrendChart): string[] {
  return trendTextBoxes(chart)
    .filter(({ box }) => !insideViewBox(box, chart.width, chart.height))
    .map(({ text }) => text)
}

describe('trendChart', () => {
  test('rounds the axis up to 1, 2 or 5 × 10^k from 0', () => {
    expect([0.3, 1, 3, 7, 12, 51, 100, 101].map(niceCeil)).toEqual([0.5, 1, 5, 10, 20, 100, 100, 200])
    expect(trendDomain([])).toEqual([0, 1])
    expect(trendDomain([0, 0])).toEqual([0, 1])
    expect(trendDomain([3, 51])).toEqual([0, 100])
    expect(trendDomain([-8, 3])).toEqual([-10, 5])
  })

  test('one point sits in the middle, labelled, with no line', () => {
    const chart = trendChart([{ label: '2021年', value: 51 }])
    expect(chart.lines).toEqual([])
    expect(chart.dots).toEqual([{ x: 134, y: 57.3, textX: 134, textY: 49.3, label: '2021年', text: '51' }])
    expect(chart.xLabels).toEqual([{ x: 134, y: 112, text: '2021年' }])
    expect(chart.yTicks.map((t) => t.text)).toEqual(['0', '50', '100'])
    expect(chart.description).toBe('2021年 51')
    expect(trendChart([{ label: '2021年', value: 12.5 }], { unit: '万元' }).description).toBe('2021年 12.5 万元')
    expect(trendChart([]).description).toBe('无数据')
  })

  test('the value over a dot at the maximum lies inside the viewBox (the axis ends at the value)', () => {
    // 1, 5, 100 are their own rounded-up axis ends: the dot sits on the plot's top edge.
    for (const max of [1, 2, 5, 10, 100, 1_000, 50_000, 1_000_000]) {
      const series = [
        { label: '2019年', value: 0 },
        { label: '2020年', value: Math.round(max / 2) },
        { label: '2021年', value: max },
      ]
      const chart = trendChart(series)
      const top = chart.dots.at(-1)!
      expect(top.y, `${max}`).toBe(chart.plot.top)
      const box = textBox(top.text, top.textX, top.textY, chart.fontSize, 'middle')
      expect(insideViewBox(box, chart.width, chart.height), `${max}: ${JSON.stringify(box)}`).toBe(true)
      expect(box.bottom).toBeLessThan(top.y - 3) // above the dot (radius 4), not on it
      expect(clipped(chart), `${max}`).toEqual([])
    }
  })

  test('no text is clipped: wide values at the sides move inwards', () => {
    const six = [2019, 2020, 2021, 2022, 2023, 2024].map((y, i) => ({
      label: `${y}年`,
      value: [1_234_567, 0, 3, 9_999_999, 5, 1_234_567][i],
    }))
    const chart = trendChart(six)
    expect(clipped(chart)).toEqual([])
    const last = chart.dots.at(-1)!
    expect(last.textX).toBeLessThan(last.x)
    // Negative values, and labels too long for the last column.
    const odd = trendChart([
      { label: '2020年', value: -120 },
      { label: '年度未识别', value: 7 },
    ])
    expect(clipped(odd)).toEqual([])
  })

  test('ticks from 10,000 on read 万/亿, and a tick too close to another is left out', () => {
    const big = trendChart([{ label: '2021年', value: 9_999_999 }])
    expect(big.yTicks.map((t) => t.text)).toEqual(['0', '500万', '1000万'])
    expect(big.plot.left).toBeLessThanOrEqual(50)
    // Axis −200 … 10: 0 and 10 would print on top of each other; 0 stays.
    const odd = trendChart([
      { label: '2020年', value: -120 },
      { label: '2021年', value: 7 },
    ])
    expect(odd.yTicks.map((t) => t.text)).toEqual(['-200', '-95', '0'])
    const ys = odd.yTicks.map((t) => t.y)
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1] - ys[i]).toBeGreaterThanOrEqual(odd.fontSize)
  })

  test('text widths err on the wide side: CJK a full em, digits 0.62 em, commas narrow', () => {
    expect(textWidth('2021年', 12)).toBeCloseTo(4 * 0.62 * 12 + 12)
    expect(textWidth('1,000', 10)).toBeCloseTo(4 * 6.2 + 3.5)
    expect(textBox('51', 100, 50, 10, 'middle')).toEqual({ left: 93.8, right: 106.2, top: 40, bottom: 52.5 })
  })

  test('a value not reported breaks the line and is listed, never drawn as 0', () => {
    const chart = trendChart([
      { label: '2019年', value: 2 },
      { label: '2020年', value: 4 },
      { label: '2021年', value: null },
      { label: '2022年', value: 1 },
    ])
    expect(chart.lines).toHaveLength(1)
    expect(chart.lines[0].split(' ')).toHaveLength(2)
    expect(chart.dots.map((d) => d.label)).toEqual(['2019年', '2020年', '2022年'])
    expect(chart.missing).toEqual(['2021年'])
    expect(chart.description).toBe('2019年 2，2020年 4，2021年 未填报，2022年 1')
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
    expect(trendChart(six).xLabels.map((l) => l.text)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024'])
    expect(trendChart(six.slice(0, 4)).xLabels.map((l) => l.text)).toEqual(['2019年', '2020年', '2021年', '2022年'])
  })
})

describe('barChart', () => {
  test('scales bars to the largest value, labels above, values after them', () => {
    const chart = barChart([
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
    expect(chart.description).toBe('徐套乡 10，兑镇镇 0，凤山乡 5；未填报：哈拉直沟乡')
  })

  test('all zero or nothing reported draws no bar lengths', () => {
    expect(barChart([{ label: 'a', value: 0 }]).bars[0].barWidth).toBe(0)
    expect(barChart([{ label: 'a', value: null }])).toMatchObject({ bars: [], description: '无数据；未填报：a' })
  })

  test('many items are summed up in the description (the data table has them all)', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ label: `t${i}`, value: (i * 7) % 12 }))
    const missing = Array.from({ length: 11 }, (_, i) => ({ label: `m${i}`, value: null }))
    expect(barChart([...items, ...missing]).description).toBe('共 12 项，最大：t5 11，最小：t0 0；11 项未填报')
  })

  test('the longest bar leaves room for its value inside the viewBox', () => {
    for (const max of [5, 10_000, 9_999_999]) {
      const chart = barChart([
        { label: 'a', value: max },
        { label: 'b', value: 1 },
      ])
      const longest = chart.bars[0]
      const box = textBox(longest.text, longest.textX, longest.textY, chart.fontSize, 'start')
      expect(insideViewBox(box, chart.width, chart.height), `${max}: ${JSON.stringify(box)}`).toBe(true)
    }
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
