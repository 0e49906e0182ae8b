/** The JSON of a county data file: metric keys once, cells by position, read back unchanged. */
import { describe, expect, test } from 'vitest'
import { countyFile, readCountyFile } from '../../../src/utils/compare/compare-county-file.ts'
import { compareData } from '../../../src/utils/compare/compare-data.ts'
import { compactMetrics } from '../../../src/utils/compare/compare-metrics.ts'
import { sampleRecords } from '../report/samples.ts'

describe('county data file', () => {
  const data = compareData(sampleRecords())
  const file = countyFile(data)

  test('reads back exactly the compact reports it was written from', () => {
    expect(readCountyFile(JSON.parse(JSON.stringify(file)))).toEqual(data)
    expect(readCountyFile(countyFile({ reports: [] }))).toEqual({ reports: [] })
  })

  test('writes each metric key once, in template order, and a cell list per report aligned with it', () => {
    const order = compactMetrics.map((m) => m.compact)
    expect(file.m).toEqual([...file.m].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
    expect(new Set(file.m).size).toBe(file.m.length)
    const xutao = file.reports.find((r) => r.id === '640521205000-2021')!
    expect(xutao.v).toHaveLength(file.m.length)
    expect(xutao.v[file.m.indexOf('2b.4.1')]).toEqual([51, 51])
    expect(xutao.v[file.m.indexOf('2a.5.3')]).toBeNull()
  })

  test('is much smaller than repeating the keys in every report', () => {
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(data).length * 0.7)
  })
})
