import { describe, expect, test } from 'vitest'
import {
  allPlaces,
  buildPlaceTree,
  nodesDownTo,
  reportsUnder,
  townshipsUnder,
  type PlaceNode,
} from '../../../src/utils/place/place-tree.ts'
import { organs, record } from '../report/support/records.ts'

/** name (key) [reports] with children, indented: a readable snapshot of a tree. */
function outline(nodes: PlaceNode[], indent = ''): string[] {
  return nodes.flatMap((n) => [`${indent}${n.name} (${n.key}) ${n.reportCount}`, ...outline(n.children, indent + '  ')])
}

describe('buildPlaceTree', () => {
  test('nests the five sample townships under province, prefecture and county codes', () => {
    const records = Object.values(organs).map((organ) => record({ organ }))
    const tree = buildPlaceTree(records)
    expect(outline(tree.provinces)).toEqual([
      '山西省 (14) 1',
      '  吕梁市 (1411) 1',
      '    孝义市 (141181) 1',
      '      兑镇镇 (141181100000) 1',
      '甘肃省 (62) 1',
      '  临夏回族自治州 (6229) 1',
      '    东乡族自治县 (622926) 1',
      '      凤山乡 (622926214000) 1',
      '青海省 (63) 1',
      '  海东市 (6302) 1',
      '    互助土族自治县 (630223) 1',
      '      哈拉直沟乡 (630223204000) 1',
      '宁夏回族自治区 (64) 1',
      '  中卫市 (6405) 1',
      '    中宁县 (640521) 1',
      '      徐套乡 (640521205000) 1',
      '新疆维吾尔自治区 (65) 1',
      '  塔城地区 (6542) 1',
      '    乌苏市 (654202) 1',
      '      吉尔格勒特郭楞蒙古民族乡 (654202205000) 1',
    ])
    expect(allPlaces(tree)).toHaveLength(20)
  })

  test('puts the reports of one township together, oldest year first, and counts them upwards', () => {
    const tree = buildPlaceTree([record({ year: 2021 }), record({ year: 2020 }), record({ year: 2022 })])
    const township = tree.byKey.get('640521205000')!
    expect(township.reports.map((r) => r.year)).toEqual([2020, 2021, 2022])
    expect(tree.byKey.get('64')).toMatchObject({ reportCount: 3, townshipCount: 1 })
    expect(reportsUnder(tree.byKey.get('64')!).map((r) => r.year)).toEqual([2022, 2021, 2020])
  })

  test('hangs a county directly under its province when the prefecture is null', () => {
    const organ = {
      name: '仙桃市郑场镇人民政府',
      township: '郑场镇',
      county: '仙桃市',
      prefecture: null,
      province: '湖北省',
      code: '429004100000',
    }
    const tree = buildPlaceTree([record({ organ })])
    expect(outline(tree.provinces)).toEqual(['湖北省 (42) 1', '  仙桃市 (429004) 1', '    郑场镇 (429004100000) 1'])
    expect(tree.byKey.has('4290')).toBe(false)
    expect(nodesDownTo(tree, tree.byKey.get('429004100000')!).map((n) => n.level)).toEqual(['province', 'county', 'township'])
  })

  test('places a record without a code next to coded places of the same names', () => {
    const coded = record()
    const uncoded = record({ id: 'xabc-2021', organ: { township: '喊叫水乡', name: '喊叫水乡人民政府', code: null } })
    const tree = buildPlaceTree([uncoded, coded])
    const county = tree.byKey.get('640521')!
    expect(county.children.map((c) => [c.name, c.key.startsWith('x-'), c.code])).toEqual([
      ['徐套乡', false, '640521205000'],
      ['喊叫水乡', true, null],
    ])
    expect(county.reportCount).toBe(2)
    expect(townshipsUnder(tree.byKey.get('64')!)).toHaveLength(2)
  })

  test('gives stable stand-in keys to places known only by name', () => {
    const organ = { name: '某镇人民政府', township: '某镇', county: '某县', prefecture: null, province: '某省', code: null }
    const a = buildPlaceTree([record({ organ })])
    const b = buildPlaceTree([record({ organ, year: 2020 })])
    expect(allPlaces(a).map((n) => n.key)).toEqual(allPlaces(b).map((n) => n.key))
    expect(allPlaces(a).map((n) => [n.level, n.name, /^x-[\w-]+$/.test(n.key)])).toEqual([
      ['province', '某省', true],
      ['county', '某县', true],
      ['township', '某镇', true],
    ])
  })

  test('names a place after its newest report', () => {
    const tree = buildPlaceTree([record({ year: 2020, organ: { township: '徐套' } }), record({ year: 2021 })])
    expect(tree.byKey.get('640521205000')!.name).toBe('徐套乡')
  })
})
