import { describe, expect, it } from 'vitest'
import { placeNames, townshipSpellings } from '../../../src/utils/search/place-names.ts'

const fengshan = {
  name: '东乡族自治县凤山乡人民政府',
  township: '凤山乡',
  county: '东乡族自治县',
  prefecture: '临夏回族自治州',
  province: '甘肃省',
  code: '622926214000',
}

describe('townshipSpellings', () => {
  it('adds the national spelling and the registry aliases of the township, by code or by name in its county', () => {
    expect(townshipSpellings(fengshan, [], '风山乡')).toEqual(['风山乡'])
    expect(townshipSpellings(fengshan, [{ alias: '凤山乡', name: '风山乡', code: '622926214000' }])).toEqual(['风山乡'])
    expect(townshipSpellings(fengshan, [{ alias: '凤山乡', name: '风山乡', county: '东乡族自治县' }])).toEqual(['风山乡'])
    expect(townshipSpellings(fengshan, [{ alias: '凤山乡', name: '风山乡', county: '和政县' }])).toEqual([])
    expect(townshipSpellings(fengshan, [{ alias: '凤山乡', name: '风山乡', code: '622926100000' }])).toEqual([])
    expect(townshipSpellings(fengshan, [], '凤山乡')).toEqual([])
  })
})

describe('placeNames', () => {
  it('lists organ, province, prefecture, county, township, short forms, county and township joined, and spellings, each once', () => {
    expect(placeNames(fengshan, ['风山乡', '凤山乡'])).toEqual([
      '东乡族自治县凤山乡人民政府',
      '甘肃省',
      '临夏回族自治州',
      '东乡族自治县',
      '凤山乡',
      '临夏州',
      '东乡县',
      // Not 东乡族自治县凤山乡: the organ's name holds it already.
      '东乡县凤山乡',
      '风山乡',
    ])
    // An organ named without its county (长冈乡人民政府) is still found as 兴国县长冈乡.
    const changgang = {
      name: '长冈乡人民政府',
      township: '长冈乡',
      county: '兴国县',
      prefecture: '赣州市',
      province: '江西省',
      code: '360732217000',
    }
    expect(placeNames(changgang)).toContain('兴国县长冈乡')
    expect(placeNames({ name: null, township: '兑镇镇', county: null, prefecture: null, province: null, code: null })).toEqual(['兑镇镇'])
  })
})
