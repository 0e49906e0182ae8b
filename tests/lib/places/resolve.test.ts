import { describe, it, expect } from 'vitest'
import { resolvePlace } from '../../../src/lib/places/index.ts'

const BODY = '一、总体情况\n本年度我镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。'

describe('same-named townships (凤山镇 is listed in 10 counties)', () => {
  it('without context: place-ambiguous lists the candidates and leaves the place empty', () => {
    const r = resolvePlace({ organName: null, title: '凤山镇人民政府2021年政府信息公开工作年度报告', text: BODY })
    expect(r).toMatchObject({ township: '凤山镇', officialName: null, county: null, prefecture: null, province: null, code: null })
    expect(r.diagnostics).toHaveLength(1)
    const d = r.diagnostics[0]!
    expect(d).toMatchObject({ ruleId: 'place-ambiguous', severity: 'warning' })
    expect(d.message).toMatch(/^「凤山镇」对应多个地区：河北省石家庄市井陉矿区、/)
    expect(d.message).toContain('广西壮族自治区柳州市柳城县')
    expect(d.message).toContain('等 10 处')
    expect(d.message).toContain('请在文件头部 county 字段或 content/places.yaml 中指明')
  })

  it('the county before the name in the title decides', () => {
    const r = resolvePlace({ organName: null, title: '柳城县凤山镇人民政府2021年政府信息公开工作年度报告', text: BODY })
    expect(r).toEqual({
      township: '凤山镇',
      officialName: null,
      county: '柳城县',
      prefecture: '柳州市',
      province: '广西壮族自治区',
      code: '450222105000',
      diagnostics: [],
    })
  })

  it('a county named in the body text decides, and says so', () => {
    const r = resolvePlace({ organName: '凤山镇人民政府', title: null, text: BODY + '按照罗田县政务公开工作要点，……' })
    expect(r.code).toBe('421123100000')
    expect(r.county).toBe('罗田县')
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'place-context', severity: 'info' })
    expect(r.diagnostics[0]!.message).toContain('罗田县')
  })

  it('the county in front matter decides', () => {
    const r = resolvePlace({ organName: '凤山镇人民政府', title: null, text: BODY, hint: { county: '博白县' } })
    expect(r.code).toBe('450923118000')
    expect(r.diagnostics).toEqual([])
  })

  it('a province alone narrows the list but does not decide between its 城关镇', () => {
    const r = resolvePlace({ organName: '城关镇人民政府', title: null, text: BODY + '甘肃省' })
    expect(r.code).toBeNull()
    expect(r.diagnostics[0]!.ruleId).toBe('place-ambiguous')
    expect(r.diagnostics[0]!.message).toMatch(/^「城关镇」对应多个地区：甘肃省兰州市永登县/)
    expect(r.diagnostics[0]!.message).toContain('等 20 处')
    expect(r.diagnostics[0]!.message).not.toContain('河南省')
  })

  it('a prefecture with a short name (临夏州) and a short county name (积石山县) decide', () => {
    const r = resolvePlace({ organName: '临夏州积石山县吹麻滩镇人民政府', title: null, text: BODY })
    expect(r).toMatchObject({ township: '吹麻滩镇', county: '积石山保安族东乡族撒拉族自治县', prefecture: '临夏回族自治州' })
    expect(r.code).toMatch(/^622927\d{6}$/)
  })
})

describe('variant spellings (one character apart, same county)', () => {
  it('accepts a homophone in the county given by the title, with place-alias naming both', () => {
    const r = resolvePlace({ organName: '东乡族自治县凤山乡人民政府', title: null, text: BODY })
    expect(r).toMatchObject({ township: '凤山乡', officialName: '风山乡', code: '622926214000' })
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-alias'])
  })

  it('prefers the county context over an exact name elsewhere (凤山乡 is listed in 江西省安远县)', () => {
    const elsewhere = resolvePlace({ organName: '凤山乡人民政府', title: null, text: BODY })
    expect(elsewhere).toMatchObject({ county: '安远县', code: '360726201000' })
    const here = resolvePlace({ organName: '凤山乡人民政府', title: null, text: BODY, hint: { county: '东乡族自治县' } })
    expect(here).toMatchObject({ officialName: '风山乡', code: '622926214000' })
  })

  it('weighs a variant in the county the text names against the only listed 凤山乡 elsewhere', () => {
    const r = resolvePlace({ organName: '凤山乡人民政府', title: null, text: BODY + '东乡族自治县' })
    expect(r).toMatchObject({ officialName: '风山乡', code: '622926214000' })
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-alias', 'place-context'])
  })

  it('but keeps the exact name when the text names its county too', () => {
    const r = resolvePlace({ organName: '凤山乡人民政府', title: null, text: BODY + '东乡族自治县、安远县' })
    expect(r).toMatchObject({ officialName: null, county: '安远县', code: '360726201000' })
    expect(r.diagnostics).toEqual([])
  })

  it('a name two characters away is not an alias', () => {
    const r = resolvePlace({ organName: '乌苏市吉尔格勒特郭楞蒙古族乡人民政府', title: null, text: BODY })
    expect(r.code).toBeNull()
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-unknown'])
  })
})

describe('unknown places', () => {
  it('a township in no list: place-unknown naming it', () => {
    const r = resolvePlace({ organName: '乌有乡人民政府', title: null, text: BODY })
    expect(r).toMatchObject({ township: '乌有乡', code: null, county: null })
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'place-unknown', severity: 'warning' })])
    expect(r.diagnostics[0]!.message).toContain('「乌有乡」')
  })

  it('no township name anywhere', () => {
    const r = resolvePlace({ organName: null, title: '某某局2021年政府信息公开工作年度报告', text: BODY })
    expect(r.township).toBeNull()
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-unknown'])
  })

  it('a listed name, but not in the county the organ name gives: place-mismatch, no guess', () => {
    const r = resolvePlace({ organName: '中宁县凤山镇人民政府', title: null, text: BODY })
    expect(r.code).toBeNull()
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-mismatch'])
    expect(r.diagnostics[0]!.message).toContain('中宁县')
  })
})

describe('finding the name', () => {
  it('reads the name before 人民政府, 政府, the year or 便函', () => {
    expect(resolvePlace({ organName: null, title: '中宁县徐套乡人民政府 2021 年…', text: '' }).code).toBe('640521205000')
    expect(resolvePlace({ organName: null, title: '徐套乡政府信息公开工作年度报告', text: '' }).code).toBe('640521205000')
    expect(resolvePlace({ organName: null, title: '兑镇镇人民政府便函', text: '' }).code).toBe('141181100000')
    expect(resolvePlace({ organName: null, title: '关于印发《兑 镇 镇 2021 年政府信息公开工作年度报告》的通知', text: '' }).code).toBe(
      '141181100000',
    )
  })

  it('falls back to the body text and says so', () => {
    const text = '一、总体情况\n2021年，在县委、县政府的领导下，徐套乡人民政府认真落实……徐套乡人民政府办公室负责'
    const r = resolvePlace({ organName: null, title: null, text })
    expect(r.code).toBe('640521205000')
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-from-text'])
  })
})

describe('front matter', () => {
  it('a code decides alone; the report spelling is kept', () => {
    const r = resolvePlace({ organName: '凤山乡人民政府', title: null, text: '', hint: { code: '622926214' } })
    expect(r).toMatchObject({ township: '凤山乡', officialName: '风山乡', county: '东乡族自治县', code: '622926214000' })
  })

  it('an unknown code is kept with the given fields and a warning', () => {
    const r = resolvePlace({
      organName: null,
      title: null,
      text: '',
      hint: { code: '622926999000', township: '新镇', county: '东乡族自治县' },
    })
    expect(r).toMatchObject({ township: '新镇', county: '东乡族自治县', code: '622926999000' })
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-code-unknown'])
  })

  it('a code of another township than the report names is followed, with a warning naming both', () => {
    const r = resolvePlace({ organName: '徐套乡人民政府', title: null, text: '', hint: { code: '622926214000' } })
    expect(r.code).toBe('622926214000')
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-code-mismatch'])
    expect(r.diagnostics[0]!.message).toMatch(/622926214000 是.*「风山乡」，但报告写的是「徐套乡」/)
  })

  it('a malformed code is ignored with a warning', () => {
    const r = resolvePlace({ organName: '徐套乡人民政府', title: null, text: '', hint: { code: '12ab' } })
    expect(r.code).toBe('640521205000')
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-code-invalid'])
  })

  it('an unknown county name is reported and does not block resolution', () => {
    const r = resolvePlace({ organName: '徐套乡人民政府', title: null, text: '', hint: { county: '不存在县' } })
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-hint-unknown'])
    expect(r).toMatchObject({ code: '640521205000', county: '不存在县' })
  })
})
