import { describe, expect, it } from 'vitest'
import { bucketOf, charKeys, codeOfPlacePath, latinSoundKeys, queryCharKeys, stemOf } from '../../../src/utils/search/name-keys.ts'

describe('stemOf', () => {
  it('drops the generic suffix of townships and counties, keeping at least one character', () => {
    expect(stemOf('徐套乡')).toBe('徐套')
    expect(stemOf('兑镇镇')).toBe('兑镇')
    expect(stemOf('会战街道')).toBe('会战')
    expect(stemOf('吉尔格勒特郭楞蒙古民族乡')).toBe('吉尔格勒特郭楞蒙古')
    expect(stemOf('中宁县')).toBe('中宁')
    expect(stemOf('东乡族自治县')).toBe('东乡族')
    expect(stemOf('镇')).toBe('镇')
  })
})

describe('charKeys', () => {
  it('keys the pairs of the stem, never a pair of the suffix', () => {
    expect(charKeys('徐套乡')).toEqual(['徐套'])
    expect(charKeys('东白湖镇')).toEqual(['东白', '白湖'])
    expect(charKeys('会战街道')).toEqual(['会战'])
    expect(charKeys('兑镇镇')).toEqual(['兑镇'])
  })
  it('keys a name whose stem is one character whole', () => {
    expect(charKeys('曲镇')).toEqual(['曲镇'])
    expect(charKeys('乡')).toEqual([])
  })
})

describe('queryCharKeys', () => {
  it('gives every pair of each Chinese run, so a county and township written together share a key with each', () => {
    expect(queryCharKeys('中宁县徐套乡')).toEqual(['中宁', '宁县', '县徐', '徐套', '套乡'])
    expect(queryCharKeys('徐套镇 2021')).toEqual(['徐套', '套镇'])
    expect(queryCharKeys('兑镇')).toEqual(['兑镇'])
  })
})

describe('latinSoundKeys', () => {
  it('reads pinyin with or without the suffix, spaces, apostrophes and tones', () => {
    expect(latinSoundKeys('xutao')).toEqual(['py:xutao'])
    expect(latinSoundKeys('Xu Tao Xiang')).toEqual(['py:xutaoxiang', 'py:xutao'])
    expect(latinSoundKeys('xútào')).toEqual(['py:xutao'])
    expect(latinSoundKeys("xi'an")).toEqual(['py:xian'])
  })
  it('is empty for Chinese or mixed text and single letters', () => {
    expect(latinSoundKeys('徐套')).toEqual([])
    expect(latinSoundKeys('2021 xutao')).toEqual([])
    expect(latinSoundKeys('x')).toEqual([])
  })
})

describe('bucketOf', () => {
  it('spreads keys over the buckets, the same way every time', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `key${i}`)
    const counts = new Array<number>(16).fill(0)
    for (const key of keys) counts[bucketOf(key, 16)]!++
    expect(Math.min(...counts)).toBeGreaterThan(80)
    expect(Math.max(...counts)).toBeLessThan(170)
    expect(bucketOf('徐套', 64)).toBe(bucketOf('徐套', 64))
    expect(bucketOf('徐套', 1)).toBe(0)
  })
})

describe('codeOfPlacePath', () => {
  it('reads a township code from its place page path, and nothing from a stand-in key', () => {
    expect(codeOfPlacePath('places/640521205000/')).toBe('640521205000')
    expect(codeOfPlacePath('places/x-abc123/')).toBeNull()
    expect(codeOfPlacePath('places/640521/')).toBeNull()
  })
})
