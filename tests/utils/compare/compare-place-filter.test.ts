/**
 * The picker's type-to-filter: which township lists a query needs (small and national sites, a
 * province listed per prefecture), how townships match names, other spellings and codes within
 * a narrowing, and what the live region says.
 */
import { describe, expect, test } from 'vitest'
import {
  filterTownships,
  indexCounties,
  listEntries,
  listsNeeded,
  matchMessage,
  type Narrowing,
} from '../../../src/utils/compare/compare-place-filter.ts'
import type { PlaceIndex, TownshipList } from '../../../src/utils/compare/compare-place-index.ts'

const index: PlaceIndex = {
  townships: 6,
  provinces: [
    { k: '41', n: '河南省', t: 1, p: [{ k: '', n: '', c: [['419001', '济源市', 1]] }] },
    { k: '62', n: '甘肃省', t: 1, p: [{ k: '6229', n: '临夏回族自治州', c: [['622926', '东乡族自治县', 1]] }] },
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
const files: TownshipList[] = [
  { k: '41', c: { '419001': [['419001101000', '克井镇', ['2022']]] } },
  { k: '62', c: { '622926': [['622926214000', '凤山乡', ['2020'], ['风山乡']]] } },
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
const entries = files.flatMap((f) => listEntries(f, counties))
const any: Narrowing = { province: null, prefecture: null, county: null }
const names = (query: string, narrowing = any, limit = 50) => filterTownships(entries, query, narrowing, limit).shown.map((t) => t.name)

/** The lists a query needs (`narrowTo` null), or the level asked for. */
const lists = (keys: string[]) => ({ lists: keys, narrowTo: null })
const narrow = (level: 'province' | 'prefecture') => ({ lists: [], narrowTo: level })

describe('township lists needed', () => {
  test('a small site searches every list, and lists everything before anything is typed', () => {
    expect(listsNeeded(index, '徐套', any)).toEqual(lists(['41', '62', '64']))
    expect(listsNeeded(index, '', any)).toEqual(lists(['41', '62', '64']))
  })

  test('a chosen province is the only one; a code needs the province of its first two digits', () => {
    expect(listsNeeded(index, '徐套', { ...any, province: '64' })).toEqual(lists(['64']))
    expect(listsNeeded(index, '', { province: '64', prefecture: '6405', county: '640521' })).toEqual(lists(['64']))
    expect(listsNeeded(index, '6405', any)).toEqual(lists(['64']))
    expect(listsNeeded(index, '1100', any)).toEqual(lists([]))
    expect(listsNeeded(index, '6', any)).toEqual(lists([]))
    expect(listsNeeded(index, '', { ...any, province: '99' })).toEqual(lists([]))
  })

  test('a national site loads the provinces a place name points to, and needs a province for a bare township name', () => {
    const big = { ...index, townships: 40_000 }
    expect(listsNeeded(big, '中宁', any)).toEqual(lists(['64']))
    expect(listsNeeded(big, '宁夏', any)).toEqual(lists(['64']))
    expect(listsNeeded(big, '中卫市', any)).toEqual(lists(['64']))
    expect(listsNeeded(big, '徐套', any)).toEqual(narrow('province'))
    expect(listsNeeded(big, '', any)).toEqual(narrow('province'))
    expect(listsNeeded(big, '徐套', { ...any, province: '64' })).toEqual(lists(['64']))
    expect(listsNeeded(big, '640521205000', any)).toEqual(lists(['64']))
  })

  test('a bare township name on a national site loads the provinces the place-name index names for it', () => {
    const big = { ...index, townships: 40_000 }
    expect(listsNeeded(big, '徐套', any, undefined, ['640521205000'])).toEqual(lists(['64']))
    expect(listsNeeded(big, '徐套', any, undefined, ['640521205000', '622926214000', '640521100000'])).toEqual(lists(['64', '62']))
    // A code of a province the site does not hold, or no hint at all: a province is still needed.
    expect(listsNeeded(big, '徐套', any, undefined, ['110101001000'])).toEqual(narrow('province'))
    // Hints never widen a search the name already answers.
    expect(listsNeeded(big, '中宁', any, undefined, ['622926214000'])).toEqual(lists(['64']))
  })

  describe('a province listed per prefecture (more townships than one list holds)', () => {
    // 宁夏 as if it had 20,000 townships in two prefectures, one of them with a county directly under the province.
    const split: PlaceIndex = {
      townships: 40_000,
      provinces: [
        {
          k: '64',
          n: '宁夏回族自治区',
          t: 20_000,
          s: 1,
          p: [
            { k: '6405', n: '中卫市', c: [['640521', '中宁县', 3]] },
            { k: '6404', n: '固原市', c: [['640402', '原州区', 5]] },
            { k: '', n: '', c: [['649001', '某县级市', 1]] },
          ],
        },
      ],
      standIns: {},
    }
    const ningxia: Narrowing = { province: '64', prefecture: null, county: null }

    test('a chosen prefecture loads its list only', () => {
      expect(listsNeeded(split, '', { ...ningxia, prefecture: '6405' })).toEqual(lists(['64/6405']))
      expect(listsNeeded(split, '徐套', { province: '64', prefecture: '6405', county: '640521' })).toEqual(lists(['64/6405']))
      expect(listsNeeded(split, '', { ...ningxia, prefecture: '' })).toEqual(lists(['64/-']))
    })

    test('the province alone needs a prefecture, unless the query names a prefecture or county, or gives four digits', () => {
      expect(listsNeeded(split, '', ningxia)).toEqual(narrow('prefecture'))
      expect(listsNeeded(split, '徐套', ningxia)).toEqual(narrow('prefecture'))
      expect(listsNeeded(split, '中宁', ningxia)).toEqual(lists(['64/6405']))
      expect(listsNeeded(split, '固原', ningxia)).toEqual(lists(['64/6404']))
      expect(listsNeeded(split, '6404', ningxia)).toEqual(lists(['64/6404']))
      expect(listsNeeded(split, '640', ningxia)).toEqual(narrow('prefecture'))
    })

    test('without a province: a county name or code loads its prefecture’s list; the province’s name alone is not enough', () => {
      expect(listsNeeded(split, '中宁县', any)).toEqual(lists(['64/6405']))
      expect(listsNeeded(split, '640402100000', any)).toEqual(lists(['64/6404']))
      expect(listsNeeded(split, '64', any)).toEqual(narrow('prefecture'))
      expect(listsNeeded(split, '宁夏', any)).toEqual(narrow('province'))
    })

    test('a small site still searches the whole province', () => {
      const small = { ...split, townships: 4_500 }
      expect(listsNeeded(small, '徐套', ningxia)).toEqual(lists(['64/6405', '64/6404', '64/-']))
      expect(listsNeeded(small, '徐套', any)).toEqual(lists(['64/6405', '64/6404', '64/-']))
    })
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

  test('by another spelling of the township (the national list’s, a registered alias)', () => {
    expect(names('风山乡')).toEqual(['凤山乡'])
    expect(names('风山')).toEqual(['凤山乡'])
    expect(names('东乡族自治县风山')).toEqual(['凤山乡'])
    expect(entries.find((t) => t.name === '凤山乡')!.aliases).toEqual(['风山乡'])
    expect(entries.find((t) => t.name === '徐套乡')!.aliases).toEqual([])
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
    expect(total).toBe(6)
    expect(matchMessage('', 2, 6, null)).toBe('找到 6 个乡镇，列出前 2 个；请输入更多文字或选择县。')
    expect(matchMessage('', 2, 6, null, { province: '64', prefecture: '6405', county: '640521' })).toBe(
      '找到 6 个乡镇，列出前 2 个；请输入更多文字。',
    )
    expect(matchMessage('徐套', 2, 2, null)).toBe('找到 2 个乡镇。')
    expect(matchMessage('北京', 0, 0, null)).toBe('没有找到名称或代码含“北京”的乡镇。')
    expect(matchMessage('徐套', 0, 0, 'province')).toMatch(/请先选择省份/)
    expect(matchMessage('徐套', 0, 0, 'prefecture')).toMatch(/请先选择地级/)
    expect(matchMessage('', 0, 0, 'prefecture')).toMatch(/请选择地级和县级/)
  })
})
