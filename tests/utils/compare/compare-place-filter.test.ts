/**
 * The picker's type-to-filter: which province files a query needs (small and national sites),
 * how townships match names and codes within a narrowing, and what the live region says.
 */
import { describe, expect, test } from 'vitest'
import {
  filterTownships,
  indexCounties,
  matchMessage,
  provinceEntries,
  provincesNeeded,
  type Narrowing,
} from '../../../src/utils/compare/compare-place-filter.ts'
import type { PlaceIndex, ProvinceTownships } from '../../../src/utils/compare/compare-place-index.ts'

const index: PlaceIndex = {
  townships: 5,
  provinces: [
    { k: '41', n: '河南省', t: 1, p: [{ k: '', n: '', c: [['419001', '济源市', 1]] }] },
    {
      k: '64',
      n: '宁夏回族自治区',
      t: 4,
      p: [
        {
          k: '6405',
          n: '中卫市',
          c: [
            ['640521', '中宁县', 3],
            ['640522', '海原县', 1],
          ],
        },
      ],
    },
  ],
  standIns: {},
}
const files: ProvinceTownships[] = [
  { k: '41', c: { '419001': [['419001101000', '克井镇', ['2022']]] } },
  {
    k: '64',
    c: {
      '640521': [
        ['640521100000', '宁安镇', ['2021']],
        ['640521203000', '喊叫水乡', ['2021']],
        ['640521205000', '徐套乡', ['2021', '2020']],
      ],
      '640522': [['640522200000', '徐套镇', ['2020']]],
    },
  },
]
const counties = indexCounties(index)
const entries = files.flatMap((f) => provinceEntries(f, counties))
const any: Narrowing = { province: null, prefecture: null, county: null }
const names = (query: string, narrowing = any, limit = 50) => filterTownships(entries, query, narrowing, limit).shown.map((t) => t.name)

describe('province files needed', () => {
  test('a small site searches every province, and lists everything before anything is typed', () => {
    expect(provincesNeeded(index, '徐套', any)).toEqual(['41', '64'])
    expect(provincesNeeded(index, '', any)).toEqual(['41', '64'])
  })

  test('a chosen province is the only one; a code needs the province of its first two digits', () => {
    expect(provincesNeeded(index, '徐套', { ...any, province: '64' })).toEqual(['64'])
    expect(provincesNeeded(index, '6405', any)).toEqual(['64'])
    expect(provincesNeeded(index, '1100', any)).toEqual([])
    expect(provincesNeeded(index, '6', any)).toEqual([])
  })

  test('a national site loads the provinces a place name points to, and needs narrowing for a bare township name', () => {
    const big = { ...index, townships: 40_000 }
    expect(provincesNeeded(big, '中宁', any)).toEqual(['64'])
    expect(provincesNeeded(big, '宁夏', any)).toEqual(['64'])
    expect(provincesNeeded(big, '中卫市', any)).toEqual(['64'])
    expect(provincesNeeded(big, '徐套', any)).toBeNull()
    expect(provincesNeeded(big, '', any)).toBeNull()
    expect(provincesNeeded(big, '徐套', { ...any, province: '64' })).toEqual(['64'])
    expect(provincesNeeded(big, '640521205000', any)).toEqual(['64'])
  })
})

describe('matching townships', () => {
  test('knows each township with its county, prefecture and province', () => {
    const xutao = entries.find((t) => t.key === '640521205000')!
    expect(xutao).toMatchObject({ name: '徐套乡', years: ['2021', '2020'] })
    expect(xutao.county).toEqual({
      key: '640521',
      name: '中宁县',
      prefecture: { key: '6405', name: '中卫市' },
      province: { key: '64', name: '宁夏回族自治区' },
    })
  })

  test('by township name, best match first; by county, prefecture or province name; spaces ignored', () => {
    expect(names('徐套乡')).toEqual(['徐套乡'])
    expect(names('徐套')).toEqual(['徐套乡', '徐套镇'])
    expect(names('中宁')).toEqual(['宁安镇', '喊叫水乡', '徐套乡'])
    expect(names('中宁县 徐套')).toEqual(['徐套乡'])
    expect(names('宁')).toEqual(['宁安镇', '喊叫水乡', '徐套乡', '徐套镇'])
    expect(names('济源')).toEqual(['克井镇'])
    expect(names('北京')).toEqual([])
  })

  test('by the start of the 12-digit code', () => {
    expect(names('640521205000')).toEqual(['徐套乡'])
    expect(names('6405212')).toEqual(['喊叫水乡', '徐套乡'])
    expect(names('640522')).toEqual(['徐套镇'])
  })

  test('within the province → prefecture → county narrowing', () => {
    expect(names('', { province: '64', prefecture: null, county: null })).toHaveLength(4)
    expect(names('', { province: '64', prefecture: '6405', county: '640522' })).toEqual(['徐套镇'])
    expect(names('徐套', { province: '64', prefecture: '6405', county: '640521' })).toEqual(['徐套乡'])
    expect(names('', { province: '41', prefecture: '', county: null })).toEqual(['克井镇'])
  })

  test('lists at most `limit`, and says how many there are', () => {
    const { shown, total } = filterTownships(entries, '', any, 2)
    expect(shown).toHaveLength(2)
    expect(total).toBe(5)
    expect(matchMessage('', 2, 5, false)).toBe('找到 5 个乡镇，列出前 2 个；请输入更多文字或选择县。')
    expect(matchMessage('徐套', 2, 2, false)).toBe('找到 2 个乡镇。')
    expect(matchMessage('北京', 0, 0, false)).toBe('没有找到名称或代码含“北京”的乡镇。')
    expect(matchMessage('徐套', 0, 0, true)).toMatch(/请先选择省份/)
  })
})
