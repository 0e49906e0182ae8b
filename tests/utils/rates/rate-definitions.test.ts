import { describe, expect, test } from 'vitest'
import { appealColumns, appealRows, requestRows } from '../../../src/lib/template/labels.ts'
import { rateDefinition, rateDefinitions, yearRateIds } from '../../../src/utils/rates/rate-definitions.ts'

describe('rate definitions', () => {
  test('declare the rates an evaluator uses, each once, with a formula in plain Chinese', () => {
    expect(rateDefinitions.map((d) => d.name)).toEqual([
      '公开率',
      '不予公开率',
      '无法提供率',
      '不予处理率',
      '办结率',
      '行政复议纠错率',
      '行政诉讼纠错率',
    ])
    expect(new Set(rateDefinitions.map((d) => d.id)).size).toBe(rateDefinitions.length)
    for (const d of rateDefinitions) expect(d.formula.startsWith(`${d.name} = `)).toBe(true)
    expect(rateDefinition('disclosure').formula).toBe('公开率 = （予以公开 + 部分公开）÷ 三（七）总计')
    for (const id of yearRateIds) expect(rateDefinition(id).id).toBe(id)
    expect(() => rateDefinition('nope')).toThrow(/unknown rate/)
  })

  test('name only cells that exist in both the 2019 and the 2021 format', () => {
    const rowsOf = (format: '2019' | '2021') => new Set(requestRows[format].map((r) => r.row))
    for (const d of rateDefinitions)
      for (const term of [...d.numerator, ...d.denominator]) {
        if (term.table === 'requests') {
          expect(term.column).toBe('总计')
          expect(rowsOf('2019').has(term.row), term.row).toBe(true)
          expect(rowsOf('2021').has(term.row), term.row).toBe(true)
        } else {
          expect(appealRows as readonly string[]).toContain(term.row)
          expect(appealColumns as readonly string[]).toContain(term.column)
        }
      }
  })

  test('sum whole groups of table 三: 不予公开 1–8, 无法提供 1–3, 不予处理 1–5', () => {
    expect(rateDefinition('refusal').numerator.map((t) => t.row)).toHaveLength(8)
    expect(rateDefinition('unable').numerator.map((t) => t.row)).toEqual([
      '本机关不掌握相关政府信息',
      '没有现成信息需要另行制作',
      '补正后申请内容仍不明确',
    ])
    expect(rateDefinition('no-action').numerator).toHaveLength(5)
    expect(rateDefinition('litigation-correction').denominator).toEqual([
      { table: 'appeals', row: '未经复议直接起诉', column: '总计' },
      { table: 'appeals', row: '复议后起诉', column: '总计' },
    ])
  })
})
