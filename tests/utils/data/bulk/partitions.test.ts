/** Which partition a report goes in, and the order of partitions and of reports in them. */
import { describe, expect, test } from 'vitest'
import { partitionKeyOf, provinceCodeOf } from '../../../../src/utils/data/bulk/partition-key.ts'
import { groupPartitions } from '../../../../src/utils/data/bulk/partitions.ts'
import { bulkTestRecords, variant } from './support.ts'

describe('partitionKeyOf', () => {
  test('takes the province from the township code and names it as the national list does', () => {
    const key = partitionKeyOf(variant('640521205000-2021', { province: '宁夏' }))
    expect(key).toEqual({ province: { code: '64', name: '宁夏回族自治区' }, year: 2021, path: '64/2021' })
  })

  test('takes the province from its name when the township has no code', () => {
    expect(provinceCodeOf(variant('x1-2021', { code: null, province: '吉林省' }))).toBe('22')
  })

  test('puts a report without province or year under unknown', () => {
    expect(partitionKeyOf(variant('x2-2021', { code: null, province: '某省' })).path).toBe('unknown/2021')
    expect(partitionKeyOf(variant('x3', { code: 'x-not-a-code', province: null }, null))).toEqual({
      province: { code: null, name: null },
      year: null,
      path: 'unknown/unknown',
    })
    expect(partitionKeyOf(variant('640521205000', {}, null)).path).toBe('64/unknown')
  })
})

describe('groupPartitions', () => {
  test('orders partitions by province code then year, unknowns last, and reports by id', () => {
    const records = [
      ...bulkTestRecords(),
      variant('640521205000-2020', {}, 2020),
      variant('640521100000-2021', { code: '640521100000' }),
      variant('640521205000', {}, null),
    ]
    const partitions = groupPartitions(records)
    expect(partitions.map((p) => p.path)).toEqual([
      '14/2021',
      '22/2021',
      '62/2020',
      '63/2021',
      '64/2020',
      '64/2021',
      '64/unknown',
      '65/2020',
      'unknown/2022',
    ])
    expect(partitions.find((p) => p.path === '64/2021')!.records.map((r) => r.id)).toEqual(['640521100000-2021', '640521205000-2021'])
    expect(partitions.reduce((n, p) => n + p.records.length, 0)).toBe(records.length)
  })
})
