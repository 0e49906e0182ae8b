/**
 * The compare page's data files and place index: which county file each township is in (codes,
 * stand-ins, unknown counties), what the index and the township lists hold (other spellings
 * included), that a province too large for one list is listed per prefecture, and that no file
 * grows past its budget over every township of the national division list or in a province of
 * 20,000 townships.
 */
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { divisionIndex } from '../../../src/lib/places/division.ts'
import type { ReportRecord } from '../../../src/lib/types.ts'
import { countyGroups, countyKeyOfCode, groupRecords, UNKNOWN_COUNTY } from '../../../src/utils/compare/compare-counties.ts'
import { compareData } from '../../../src/utils/compare/compare-data.ts'
import { placeIndex, PROVINCE_LIST_LIMIT, townshipLists } from '../../../src/utils/compare/compare-place-index.ts'
import { treeSpellings } from '../../../src/utils/compare/compare-spellings.ts'
import { emptyRegistry } from '../../../src/lib/places/types.ts'
import { buildPlaceTree } from '../../../src/utils/place/place-tree.ts'
import { townshipKey } from '../../../src/utils/paths.ts'
import { record } from '../report/support/records.ts'
import { sampleRecords } from '../report/samples.ts'

const ningxia = { province: '宁夏回族自治区', prefecture: '中卫市', county: '中宁县' }
/** The samples, a second township of 中宁县, and places the tree knows less about. */
function records(): ReportRecord[] {
  return [
    ...sampleRecords(),
    record({ year: 2020, organ: { ...ningxia, name: '中宁县徐套乡人民政府', township: '徐套乡', code: '640521205000' } }),
    record({ year: 2021, organ: { ...ningxia, name: '喊叫水乡人民政府', township: '喊叫水乡', code: '640521203000' } }),
    // No code, but a known county: joins 中宁县's file by name.
    record({ id: 'xa-2021', organ: { ...ningxia, name: '新堡镇人民政府', township: '新堡镇', code: null } }),
    // No code and no county: the file of its prefecture, named 县级不详.
    record({ id: 'xb-2021', organ: { ...ningxia, county: null, name: '某镇人民政府', township: '某镇', code: null } }),
    // A county directly under its province (no prefecture).
    record({
      year: 2022,
      organ: { name: '克井镇人民政府', township: '克井镇', county: '济源市', prefecture: null, province: '河南省', code: '419001101000' },
    }),
    // Nothing known but the organ's name.
    record({
      id: 'xc-2021',
      organ: { name: '某某办事处', township: null, county: null, prefecture: null, province: null, code: null },
    }),
  ]
}

describe('county data files', () => {
  const tree = buildPlaceTree(records())
  const groups = countyGroups(tree)
  const byKey = new Map(groups.map((g) => [g.key, g]))

  test('a 12-digit code names its county file; other keys do not', () => {
    expect(countyKeyOfCode('640521205000')).toBe('640521')
    expect(countyKeyOfCode('x-1abc')).toBeNull()
    expect(countyKeyOfCode('64052120500')).toBeNull()
  })

  test('groups townships by county, in tree order, coded or joined by name', () => {
    const zhongning = byKey.get('640521')!
    expect(zhongning.name).toBe('中宁县')
    expect(zhongning.prefecture?.name).toBe('中卫市')
    expect(zhongning.province.name).toBe('宁夏回族自治区')
    expect(zhongning.townships.map((t) => t.name)).toEqual(['喊叫水乡', '徐套乡', '新堡镇'])
    expect(groupRecords(zhongning).map((r) => r.id)).toEqual(['640521203000-2021', '640521205000-2020', '640521205000-2021', 'xa-2021'])
    expect(groups.map((g) => g.key).slice(0, 6)).toEqual(['141181', '419001', '622926', '630223', '640521', '6405'])
  })

  test('puts a township of no known county in its prefecture or province file, named 县级不详', () => {
    expect(byKey.get('6405')).toMatchObject({ name: UNKNOWN_COUNTY })
    expect(byKey.get('6405')!.townships.map((t) => t.name)).toEqual(['某镇'])
    const nowhere = groups.find((g) => g.townships.some((t) => t.name === '某某办事处'))!
    expect(nowhere.key).toMatch(/^x-province-/)
    expect(nowhere).toMatchObject({ name: UNKNOWN_COUNTY, prefecture: null })
    expect(byKey.get('419001')).toMatchObject({ name: '济源市', prefecture: null })
  })

  test('puts every report in exactly one file, and a file holds only its townships', () => {
    const ids = groups.flatMap((g) => groupRecords(g).map((r) => r.id)).sort()
    expect(ids).toEqual(
      records()
        .map((r) => r.id)
        .sort(),
    )
    for (const g of groups) {
      const keys = new Set(g.townships.map((t) => t.key))
      expect(compareData(groupRecords(g)).reports.every((r) => keys.has(r.t))).toBe(true)
    }
  })
})

describe('place index', () => {
  const groups = countyGroups(buildPlaceTree(records()))
  const index = placeIndex(groups)
  const files = townshipLists(groups)

  test('lists provinces → prefectures → counties with their file keys and township counts', () => {
    expect(index.townships).toBe(10)
    const ningxia = index.provinces.find((p) => p.k === '64')!
    expect(ningxia).toEqual({
      k: '64',
      n: '宁夏回族自治区',
      t: 4,
      p: [
        {
          k: '6405',
          n: '中卫市',
          c: [
            ['640521', '中宁县', 3],
            ['6405', UNKNOWN_COUNTY, 1],
          ],
        },
      ],
    })
    expect(index.provinces.find((p) => p.k === '41')!.p).toEqual([{ k: '', n: '', c: [['419001', '济源市', 1]] }])
  })

  test('maps every township without a code to its file', () => {
    const uncoded = records().filter((r) => !r.organ.code)
    expect(Object.keys(index.standIns).sort()).toEqual(uncoded.map(townshipKey).sort())
    expect(index.standIns[townshipKey(uncoded.find((r) => r.id === 'xa-2021')!)]).toBe('640521')
    expect(index.standIns[townshipKey(uncoded.find((r) => r.id === 'xb-2021')!)]).toBe('6405')
  })

  test('has one township list per province, townships by county with their years newest first', () => {
    expect([...files.keys()]).toEqual(index.provinces.map((p) => p.k))
    expect(files.get('64')!.c['640521']).toEqual([
      ['640521203000', '喊叫水乡', ['2021']],
      ['640521205000', '徐套乡', ['2021', '2020']],
      [townshipKey(records().find((r) => r.id === 'xa-2021')!), '新堡镇', ['2021']],
    ])
  })

  test('stays small at national scale: every township of the division list with five years of reports', () => {
    const national = divisionIndex().townships.flatMap((t) =>
      [2019, 2020, 2021, 2022, 2023].map((year) => ({
        id: `${t.code}-${year}`,
        year,
        organ: { name: t.name, township: t.name, county: t.county, prefecture: t.prefecture, province: t.province, code: t.code },
      })),
    ) as unknown as ReportRecord[]
    const all = countyGroups(buildPlaceTree(national))
    const first = Buffer.byteLength(JSON.stringify(placeIndex(all)))
    const lists = [...townshipLists(all).values()]
    const perProvince = lists.map((f) => Buffer.byteLength(JSON.stringify(f)))
    const zipped = gzipSync(JSON.stringify(placeIndex(all))).length
    const largest = lists.map((f) => gzipSync(JSON.stringify(f)).length).sort((a, b) => b - a)[0]!
    expect(national.length / 5).toBeGreaterThan(38_000)
    // Every province of the national list fits one list.
    expect(placeIndex(all).provinces.every((p) => !p.s)).toBe(true)
    expect(lists).toHaveLength(placeIndex(all).provinces.length)
    // The first level is fetched by every visitor of the picker: well under 200 KB.
    expect(first).toBeLessThan(200_000)
    // A province's townships are fetched only when needed; the largest stays near the 200 KB mark.
    expect(Math.max(...perProvince)).toBeLessThan(300_000)
    console.info(
      `[compare] national index: ${national.length / 5} townships, ${all.length} county files; ` +
        `places.json ${(first / 1024).toFixed(0)} KB (${(zipped / 1024).toFixed(0)} KB gzip); province lists ${(Math.min(...perProvince) / 1024).toFixed(0)}–${(Math.max(...perProvince) / 1024).toFixed(0)} KB (largest ${(largest / 1024).toFixed(0)} KB gzip)`,
    )
  }, 60_000)

  test('a province of 20,000 townships is listed per prefecture: no list passes the limit, and the index stays small', () => {
    // 20 prefectures × 20 counties × 50 townships, five years each.
    const big = Array.from({ length: 20_000 }, (_, i) => {
      const prefecture = String(1 + Math.floor(i / 1000)).padStart(2, '0')
      const county = String(1 + (Math.floor(i / 50) % 20)).padStart(2, '0')
      const code = `99${prefecture}${county}${String(100 + (i % 50)).padStart(3, '0')}000`
      return [2019, 2020, 2021, 2022, 2023].map((year) => ({
        id: `${code}-${year}`,
        year,
        organ: { name: `第${i}镇`, township: `第${i}镇`, county: `县${county}`, prefecture: `市${prefecture}`, province: '某省', code },
      }))
    }).flat() as unknown as ReportRecord[]
    const all = countyGroups(buildPlaceTree(big))
    const index = placeIndex(all)
    const lists = townshipLists(all)
    expect(index.provinces).toHaveLength(1)
    expect(index.provinces[0]).toMatchObject({ k: '99', t: 20_000, s: 1 })
    expect([...lists.keys()]).toEqual(index.provinces[0]!.p.map((f) => `99/${f.k}`))
    const sizes = [...lists.values()].map((f) => Buffer.byteLength(JSON.stringify(f)))
    for (const f of lists.values()) expect(Object.values(f.c).flat().length).toBeLessThanOrEqual(PROVINCE_LIST_LIMIT)
    expect(Math.max(...sizes)).toBeLessThan(100_000)
    // The same townships as one list (the format before): what a reader would have fetched.
    const whole = Buffer.byteLength(JSON.stringify(townshipLists(all, undefined, Infinity).get('99')))
    const first = Buffer.byteLength(JSON.stringify(index))
    console.info(
      `[compare] a province of 20,000 townships: places.json ${(first / 1024).toFixed(0)} KB; ${lists.size} prefecture lists of at most ${(Math.max(...sizes) / 1024).toFixed(0)} KB ` +
        `(${(gzipSync(JSON.stringify([...lists.values()][0])).length / 1024).toFixed(0)} KB gzip), instead of one list of ${(whole / 1024).toFixed(0)} KB (${(gzipSync(JSON.stringify(townshipLists(all, undefined, Infinity).get('99'))).length / 1024).toFixed(0)} KB gzip)`,
    )
  })

  test('lists other spellings of a township: the national list’s and the registered aliases', () => {
    const fengshan = record({
      year: 2020,
      organ: {
        name: '东乡族自治县凤山乡人民政府',
        township: '凤山乡',
        county: '东乡族自治县',
        prefecture: '临夏回族自治州',
        province: '甘肃省',
        code: '622926214000',
      },
    })
    const groups = countyGroups(buildPlaceTree([fengshan, ...records()]))
    // The national list writes 风山乡; a registered alias adds 鳳山乡.
    const registry = { ...emptyRegistry(), aliases: [{ alias: '鳳山乡', name: '凤山乡', county: '东乡族自治县' }] }
    const gansu = townshipLists(groups, treeSpellings(registry)).get('62')!
    expect(gansu.c['622926']).toEqual([['622926214000', '凤山乡', ['2020'], ['风山乡', '鳳山乡']]])
    // Townships spelled as the list spells them carry none.
    expect(
      townshipLists(groups, treeSpellings(emptyRegistry()))
        .get('64')!
        .c['640521']!.every((t) => t.length === 3),
    ).toBe(true)
  })
})
