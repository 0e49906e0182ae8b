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
  it('lists organ, province, prefecture, county, township, short forms and spellings, each once', () => {
    expect(placeNames(fengshan, ['风山乡', '凤山乡'])).toEqual([
      '东乡族自治县凤山乡人民政府',
      '甘肃省',
      '临夏回族自治州',
      '东乡族自治县',
      '凤山乡',
      '临夏州',
      '东乡县',
      '风山乡',
    ])
    expect(placeNames({ name: null, township: '兑镇镇', county: null, prefecture: null, province: null, code: null })).toEqual(['兑镇镇'])
  })
})
