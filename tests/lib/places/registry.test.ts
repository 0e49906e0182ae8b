import { readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { emptyRegistry, loadPlaceRegistry, parsePlaceRegistry, resolvePlace } from '../../../src/lib/places/index.ts'

const FENGSHAN = readFileSync('tests/fixtures/seed-001-fengshan-2020/input.txt', 'utf8')
const BODY = '一、总体情况\n本年度认真贯彻落实《条例》。'

describe('parsePlaceRegistry', () => {
  it('reads the three sections', () => {
    const { registry, diagnostics } = parsePlaceRegistry(`
corrections:
  - code: "622926214000"
    name: 凤山乡
    note: 名录误作风山乡
additions:
  - name: 新设镇
    code: 622926199000
    county: 东乡族自治县
    prefecture: 临夏回族自治州
    province: 甘肃省
aliases:
  - alias: 徐套镇
    name: 徐套乡
    county: 中宁县
`)
    expect(diagnostics).toEqual([])
    expect(registry).toEqual({
      corrections: [{ code: '622926214000', name: '凤山乡' }],
      additions: [{ name: '新设镇', code: '622926199000', county: '东乡族自治县', prefecture: '临夏回族自治州', province: '甘肃省' }],
      aliases: [{ alias: '徐套镇', name: '徐套乡', county: '中宁县' }],
    })
  })

  it('an empty file is an empty registry', () => {
    expect(parsePlaceRegistry('# 只有注释\n')).toEqual({ registry: emptyRegistry(), diagnostics: [] })
  })

  it('a YAML syntax error is an error diagnostic with its line, not a throw', () => {
    const { registry, diagnostics } = parsePlaceRegistry('aliases:\n  - alias: 凤山乡\n    name: [风山乡\n')
    expect(registry).toEqual(emptyRegistry())
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics[0]).toMatchObject({ ruleId: 'place-registry-invalid', severity: 'error' })
    expect(diagnostics[0]!.message).toMatch(/content\/places\.yaml 第 \d+ 行：YAML 格式错误/)
  })

  it('a top level that is not the three sections is an error', () => {
    const { registry, diagnostics } = parsePlaceRegistry('- alias: 凤山乡\n  name: 风山乡\n')
    expect(registry).toEqual(emptyRegistry())
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['place-registry-invalid'])
  })

  it('bad entries are skipped with a warning naming line and entry; good ones are kept', () => {
    const { registry, diagnostics } = parsePlaceRegistry(`aliases:
  - alias: 凤山乡
    name: 风山乡
  - alias: 只有别名
  - just a string
additions:
  - name: 缺代码镇
    county: 东乡族自治县
    province: 甘肃省
corrections:
  - code: "12345"
    name: 某乡
    colour: red
places:
  - name: 未知栏目
`)
    expect(registry.aliases).toEqual([{ alias: '凤山乡', name: '风山乡' }])
    expect(registry.additions).toEqual([])
    expect(registry.corrections).toEqual([])
    const messages = diagnostics.map((d) => `${d.severity} ${d.message}`)
    expect(messages).toEqual([
      'warning content/places.yaml 第 4 行（aliases 第 2 条）：缺少 name 字段（名录中的写法），已跳过',
      'warning content/places.yaml 第 5 行（aliases 第 3 条）：条目应为“字段: 值”的形式，已跳过',
      'warning content/places.yaml 第 7 行（additions 第 1 条）：缺少 code 字段，或 code 不是 12 位数字，已跳过',
      'warning content/places.yaml 第 11 行（corrections 第 1 条）：未知字段「colour」已忽略',
      'warning content/places.yaml 第 11 行（corrections 第 1 条）：缺少 code 字段，或 code 不是 12 位数字，已跳过',
      'warning content/places.yaml 第 14 行：未知栏目「places」已忽略（可用栏目：corrections、additions、aliases）',
    ])
  })

  it('a section that is not a list is an error for that section only', () => {
    const { registry, diagnostics } = parsePlaceRegistry('aliases: 凤山乡\ncorrections:\n  - code: "622926214000"\n    name: 凤山乡\n')
    expect(registry.corrections).toHaveLength(1)
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['place-registry-invalid'])
  })
})

describe('loadPlaceRegistry', () => {
  it('a missing file is an empty registry without diagnostics', () => {
    expect(loadPlaceRegistry('/nonexistent/places.yaml')).toEqual({ registry: emptyRegistry(), diagnostics: [] })
  })
})

describe('registry overrides in resolvePlace', () => {
  it('a correction renames a listed township: 001 then matches exactly', () => {
    const { registry } = parsePlaceRegistry('corrections:\n  - code: "622926214000"\n    name: 凤山乡\n')
    const r = resolvePlace({ organName: '东乡族自治县凤山乡人民政府', title: null, text: FENGSHAN }, registry)
    expect(r).toMatchObject({ township: '凤山乡', officialName: null, code: '622926214000', county: '东乡族自治县' })
    expect(r.diagnostics).toEqual([])
    // The old spelling is no longer a listed name.
    const old = resolvePlace({ organName: null, title: null, text: '', hint: { township: '风山乡', county: '东乡族自治县' } }, registry)
    expect(old.officialName).toBe('凤山乡')
  })

  it('an addition is found like a listed township', () => {
    const { registry } = parsePlaceRegistry(
      'additions:\n  - name: 新设镇\n    code: "622926199000"\n    county: 东乡族自治县\n    prefecture: 临夏回族自治州\n    province: 甘肃省\n',
    )
    const r = resolvePlace({ organName: '新设镇人民政府', title: null, text: BODY }, registry)
    expect(r).toMatchObject({ township: '新设镇', code: '622926199000', county: '东乡族自治县', province: '甘肃省' })
    expect(r.diagnostics).toEqual([])
    expect(resolvePlace({ organName: '新设镇人民政府', title: null, text: BODY }).diagnostics[0]!.ruleId).toBe('place-unknown')
  })

  it('an alias maps a spelling that is not one character away', () => {
    const { registry } = parsePlaceRegistry('aliases:\n  - alias: 哈拉直沟\n    name: 哈拉直沟乡\n')
    const r = resolvePlace({ organName: null, title: '哈拉直沟2021年政府信息公开工作年度报告', text: BODY }, registry)
    // 哈拉直沟 has no township ending, so it is found only because the registry knows it.
    expect(r).toMatchObject({ township: '哈拉直沟', officialName: '哈拉直沟乡', code: '630223204000' })
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['place-alias'])
  })

  it('an alias narrowed to a county does not apply elsewhere', () => {
    const { registry } = parsePlaceRegistry('aliases:\n  - alias: 乌有镇\n    name: 城关镇\n    county: 永登县\n')
    const r = resolvePlace({ organName: '乌有镇人民政府', title: null, text: BODY }, registry)
    expect(r).toMatchObject({ officialName: '城关镇', county: '永登县', province: '甘肃省' })
    const narrowed = parsePlaceRegistry('aliases:\n  - alias: 乌有镇\n    name: 城关镇\n').registry
    expect(resolvePlace({ organName: '乌有镇人民政府', title: null, text: BODY }, narrowed).diagnostics[0]!.ruleId).toBe('place-ambiguous')
  })
})
