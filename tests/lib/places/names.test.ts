import { describe, it, expect } from 'vitest'
import { readAdminPrefix, scanAdminMentions } from '../../../src/lib/places/admin-names.ts'
import { divisionIndex } from '../../../src/lib/places/division.ts'
import { headOf } from '../../../src/lib/places/extract.ts'
import { shortForms, stripEthnic } from '../../../src/lib/places/short-names.ts'
import { oneCharApart, soundDistance, NEAR } from '../../../src/lib/places/variants.ts'

describe('short names of autonomous units', () => {
  it.each([
    ['东乡族自治县', '东乡县'],
    ['互助土族自治县', '互助县'],
    ['积石山保安族东乡族撒拉族自治县', '积石山县'],
    ['和布克赛尔蒙古自治县', '和布克赛尔县'],
    ['龙胜各族自治县', '龙胜县'],
    ['鄂温克族自治旗', '鄂温克旗'],
    ['临夏回族自治州', '临夏州'],
    ['巴音郭楞蒙古自治州', '巴音郭楞州'],
    ['宁夏回族自治区', '宁夏'],
    ['内蒙古自治区', '内蒙古'],
  ])('%s → %s', (full, short) => {
    expect(shortForms(full)).toEqual([short])
  })

  it('leaves ordinary names alone and never strips a stem to one character', () => {
    expect(shortForms('中宁县')).toEqual([])
    expect(shortForms('西藏自治区')).toEqual(['西藏'])
    expect(stripEthnic('河南蒙古族')).toBe('河南')
  })
})

describe('administrative names', () => {
  it('reads a chain of prefixes, full and short', () => {
    const reach = readAdminPrefix('甘肃省临夏州东乡县凤山乡')
    expect([...reach.keys()].sort((a, b) => a - b)).toEqual([0, 3, 6, 9])
    expect(reach.get(9)!.map((m) => m.level)).toEqual(['province', 'prefecture', 'county'])
  })

  it('finds names in running text, longest first, without generic two-character names', () => {
    const found = scanAdminMentions('按照《乌苏市政务公开考核办法》和新疆维吾尔自治区要求，城区、郊区和新城区')
    expect(found.map((m) => m.text)).toEqual(['新疆维吾尔自治区', '乌苏市'])
  })
})

describe('heads of organ names and titles', () => {
  it.each([
    ['东乡族自治县凤山乡人民政府文件', '东乡族自治县凤山乡'],
    ['东乡县凤山乡 2020 年政府信息公开工作年度 报 告', '东乡县凤山乡'],
    ['兑镇镇人民政府便函', '兑镇镇'],
    ['吉尔格勒特郭楞蒙古民族乡', '吉尔格勒特郭楞蒙古民族乡'],
    ['附件：徐套乡二〇二一年政府信息公开工作年度报告', '徐套乡'],
  ])('%s → %s', (line, head) => {
    expect(headOf(line)).toBe(head)
  })
})

describe('variant spellings', () => {
  it('one character apart, same length only', () => {
    expect(oneCharApart('凤山乡', '风山乡')).toBe(true)
    expect(oneCharApart('凤山乡', '凤山镇')).toBe(true)
    expect(oneCharApart('凤山乡', '凤山乡')).toBe(false)
    expect(oneCharApart('凤山乡', '凤山街道')).toBe(false)
  })

  it('homophones sort near each other in pinyin order, others do not', () => {
    expect(soundDistance('凤', '风')!).toBeLessThanOrEqual(NEAR)
    expect(soundDistance('楞', '愣')!).toBeLessThanOrEqual(NEAR)
    expect(soundDistance('凤', '高')!).toBeGreaterThan(NEAR)
  })
})

describe('the national list', () => {
  it('has the five seed townships with the codes FORMAT.md gives', () => {
    const d = divisionIndex()
    expect(d.byCode.get('630223204000')).toEqual({
      name: '哈拉直沟乡',
      code: '630223204000',
      county: '互助土族自治县',
      prefecture: '海东市',
      province: '青海省',
    })
    expect(d.byCode.get('622926214000')!.name).toBe('风山乡')
    expect(d.byCode.get('141181100000')).toMatchObject({ name: '兑镇镇', county: '孝义市', prefecture: '吕梁市' })
    expect(d.byCode.get('654202205000')).toMatchObject({ name: '吉尔格勒特郭愣蒙古民族乡', county: '乌苏市', prefecture: '塔城地区' })
    expect(d.byCode.get('640521205000')).toMatchObject({ name: '徐套乡', county: '中宁县', prefecture: '中卫市' })
  })

  it('leaves placeholder prefectures empty (市辖区, 省直辖县级行政区划)', () => {
    const d = divisionIndex()
    const dongcheng = d.townships.find((t) => t.code.startsWith('110101'))!
    expect(dongcheng).toMatchObject({ province: '北京市', prefecture: null, county: '东城区' })
  })
})
