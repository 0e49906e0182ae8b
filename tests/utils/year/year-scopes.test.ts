/** A large year is split into pages by place so that none grows with the corpus; a small one stays one page. */
import { describe, expect, test } from 'vitest'
import { yearScopes } from '../../../src/utils/year/year-scopes.ts'
import { organs, record } from '../report/support/records.ts'

// Five 2021 reports: three in 中宁县 (宁夏 中卫市), one each in 互助县 (青海) and 孝义市 (山西), and one 2020 report.
const township = (code: string, name: string) => ({ ...organs.xutao, code, township: name, name: `${name}人民政府` })
const records = [
  record({ id: 'a', organ: organs.xutao }),
  record({ id: 'b', organ: township('640521204000', '余丁乡') }),
  record({ id: 'c', organ: township('640521100000', '宁安镇') }),
  record({ id: 'd', organ: organs.halazhigou }),
  record({ id: 'e', organ: organs.duizhen }),
  record({ id: 'f', organ: organs.fengshan, year: 2020 }),
]

describe('yearScopes', () => {
  test('keeps a year of at most `limit` reports on one page that lists them all', () => {
    const [only, ...rest] = yearScopes(records, 2021, 5)
    expect(rest).toEqual([])
    expect(only).toMatchObject({ year: 2021, key: null, name: '全国', trail: [], parts: [] })
    expect(only!.reports!.map((r) => r.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  test('splits a larger year by province, then prefecture, down to lists of at most `limit`, each page linking its parts', () => {
    const pages = yearScopes(records, 2021, 2)
    const byKey = new Map(pages.map((p) => [p.key, p]))
    const root = byKey.get(null)!
    expect(root.reports).toBeNull()
    expect(root.all).toHaveLength(5)
    expect(root.parts.map((p) => [p.key, p.name, p.reports, p.href])).toEqual([
      ['14', '山西省', 1, '/years/2021/14/'],
      ['63', '青海省', 1, '/years/2021/63/'],
      ['64', '宁夏回族自治区', 3, '/years/2021/64/'],
    ])
    // 宁夏 has 3 > 2: split again; its only prefecture holds one county, which always lists its reports.
    const ningxia = byKey.get('64')!
    expect(ningxia.reports).toBeNull()
    expect(ningxia.trail).toEqual([{ name: '全国', href: '/years/2021/' }])
    const county = pages.find((p) => p.key === '640521')!
    expect(county.reports!.map((r) => r.id).sort()).toEqual(['a', 'b', 'c'])
    expect(county.trail.map((t) => t.name)).toEqual(['全国', '宁夏回族自治区', '中卫市'])
    expect(byKey.get('14')!.reports!.map((r) => r.id)).toEqual(['e'])
    // Every report of the year is listed on exactly one page.
    expect(
      pages
        .flatMap((p) => p.reports ?? [])
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
