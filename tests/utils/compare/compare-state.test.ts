/** The compare page's URL state: compact metric keys, encode/decode round trips, defaults. */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compactMetrics, metricByCompact, metricGroups } from '../../../src/utils/compare/compare-metrics.ts'
import {
  canonicalTownships,
  decodeChoice,
  defaultChoice,
  encodeChoice,
  type ChoiceOptions,
} from '../../../src/utils/compare/compare-state.ts'
import { headlineMetrics, metricKey, metrics } from '../../../src/utils/metrics.ts'

const options: ChoiceOptions = { years: ['2021', '2020', 'na'] }
const townships = ['141181100000', '640521205000', '654202205000', 'x-abc']

describe('compact metric keys', () => {
  test('there is one per metric, unique, in metrics order, and URL-safe', () => {
    expect(compactMetrics.map((m) => m.key)).toEqual(metrics.map((m) => m.key))
    expect(new Set(compactMetrics.map((m) => m.compact)).size).toBe(metrics.length)
    for (const m of compactMetrics) expect(m.compact).toMatch(/^(2a|2b|3|4)\.\d+\.\d+$/)
  })

  test('they follow template positions', () => {
    const key = (compact: string) => metricByCompact(compact)?.key
    expect(key('3.1.7')).toBe(metricKey('requests', null, '本年新收政府信息公开申请数量', '总计'))
    expect(key('3.22.7')).toBe(metricKey('requests', null, '总计', '总计'))
    expect(key('3.21.1')).toBe(metricKey('requests', '2019', '其他处理', '自然人'))
    expect(key('3.26.7')).toBe(metricKey('requests', '2021', '其他', '总计'))
    expect(key('2b.4.1')).toBe(metricKey('proactive', '2021', '行政处罚', '本年处理决定数量'))
    expect(key('2a.5.3')).toBe(metricKey('proactive', '2019', '行政处罚', '处理决定数量'))
    expect(key('2a.8.2')).toBe(metricKey('proactive', '2019', '政府集中采购', '采购总金额'))
    expect(key('4.1.5')).toBe(metricKey('appeals', null, '行政复议', '总计'))
    expect(key('4.3.5')).toBe(metricKey('appeals', null, '复议后起诉', '总计'))
  })

  test('groups are the four tables, with row legends that keep the table 三 group', () => {
    expect(metricGroups.map((g) => g.id)).toEqual(['2a', '2b', '3', '4'])
    const requests = metricGroups.find((g) => g.id === '3')!
    expect(requests.rows).toHaveLength(26)
    expect(requests.rows[0]!.legend).toBe('一、本年新收政府信息公开申请数量')
    expect(requests.rows[2]!.legend).toBe('（一）予以公开')
    expect(requests.rows[4]!.legend).toBe('（三）不予公开：属于国家秘密')
  })
})

describe('URL state', () => {
  test('the default view has an empty query and no township (a view of every township would grow with the corpus)', () => {
    const choice = defaultChoice(options)
    expect(choice.townships).toEqual([])
    expect(choice.years).toEqual(options.years)
    expect(choice.metrics).toEqual(
      [...headlineMetrics].sort((a, b) => metrics.findIndex((m) => m.key === a) - metrics.findIndex((m) => m.key === b)),
    )
    expect(encodeChoice(choice, options)).toBe('')
    expect(decodeChoice('', options)).toEqual(choice)
  })

  test('writes only what differs from the default, townships in code order', () => {
    const choice = {
      townships: ['654202205000', '640521205000'],
      years: ['2021', '2020', 'na'],
      metrics: [
        metricKey('proactive', '2021', '行政处罚', '本年处理决定数量'),
        metricKey('requests', null, '本年新收政府信息公开申请数量', '总计'),
      ],
    }
    expect(encodeChoice(choice, options)).toBe('?t=640521205000,654202205000&m=2b.4.1,3.1.7')
  })

  test('reads the example query of the page', () => {
    const choice = decodeChoice('?t=640521205000,654202205000&y=2021,2020&m=3.1.7,2b.4.1', options)
    expect(choice.townships).toEqual(['640521205000', '654202205000'])
    expect(choice.years).toEqual(['2021', '2020'])
    expect(choice.metrics).toEqual([
      metricKey('proactive', '2021', '行政处罚', '本年处理决定数量'),
      metricKey('requests', null, '本年新收政府信息公开申请数量', '总计'),
    ])
  })

  test('keeps township keys it cannot check yet (the page looks them up), deduplicated in code order', () => {
    expect(decodeChoice('?t=x-abc,654202205000,999,640521205000,640521205000', options).townships).toEqual([
      '640521205000',
      '654202205000',
      '999',
      'x-abc',
    ])
    expect(decodeChoice('?t=', options).townships).toEqual([])
    expect(canonicalTownships(['x-b', '640521205000', 'x-a', '141181100000'])).toEqual(['141181100000', '640521205000', 'x-a', 'x-b'])
  })

  test('an empty parameter means none; unknown, repeated and percent-encoded values are handled', () => {
    expect(decodeChoice('?m=', options).metrics).toEqual([])
    expect(decodeChoice('?m=9.9.9,3.1.7', options).metrics).toEqual([metricKey('requests', null, '本年新收政府信息公开申请数量', '总计')])
    expect(decodeChoice('?y=2020%2C2021', options).years).toEqual(['2021', '2020'])
    expect(encodeChoice({ ...defaultChoice(options), metrics: [] }, options)).toBe('?m=')
  })

  test('round-trips any choice to the same canonical choice', () => {
    const sub = <T>(items: readonly T[]) => fc.subarray([...items])
    fc.assert(
      fc.property(sub(townships), sub(options.years), sub(metrics.map((m) => m.key)), (chosen, years, keys) => {
        const choice = { townships: chosen, years, metrics: keys }
        const query = encodeChoice(choice, options)
        expect(decodeChoice(query, options)).toEqual(choice)
        expect(query.length).toBeLessThan(2000)
        expect(encodeChoice(decodeChoice(query, options), options)).toBe(query)
      }),
    )
  })
})
