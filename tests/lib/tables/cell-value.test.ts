/** Reading one cell: numbers, zero words, not-reported marks, units, and text. */
import { describe, expect, it } from 'vitest'
import { parseCellValue, splitValueRun } from '../../../src/lib/tables/cell-value.ts'

describe('parseCellValue', () => {
  it.each([
    ['0', 0, null],
    ['无', 0, null],
    ['12', 12, null],
    ['+12', 12, null],
    ['-8', -8, null],
    ['3.2', 3.2, null],
    ['1,234', 1234, null],
    ['518 万元', 518, '万元'],
    ['251000元', 251000, '元'],
    ['12万', 12, '万'],
    ['7件', 7, null],
  ])('%s is the number %s (unit %s)', (raw, value, unit) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'number', value, unit })
  })

  it.each(['', ' ', '-', '—', '——', '/', '／', '\\'])('"%s" is not reported (null), never 0', (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'blank', value: null, unit: null })
  })

  it.each(['1.属于国家秘密', '规章000', '±3', '一'])('"%s" is text', (raw) => {
    expect(parseCellValue(raw).kind).toBe('text')
  })
})

describe('splitValueRun', () => {
  it('splits space-separated values and keeps a unit with its number', () => {
    expect(splitValueRun('0 0 0')).toEqual(['0', '0', '0'])
    expect(splitValueRun('2 518 万元')).toEqual(['2', '518 万元'])
    expect(splitValueRun('规章 0 0')).toBeNull()
  })
})

describe('Chinese numerals', () => {
  it('reads a count written in Chinese numerals as its number, never as 未填报', () => {
    expect(['十二', '二十', '三十一', '十', '十二件', '三件', '两件'].map((t) => parseCellValue(t).value)).toEqual([
      12, 20, 31, 10, 12, 3, 2,
    ])
    expect(parseCellValue('十二').kind).toBe('number')
  })

  it('leaves a lone numeral (a group marker such as 三) and other words as text', () => {
    for (const t of ['三', '一、', '十二月', '本年新收']) expect(parseCellValue(t).kind).toBe('text')
  })
})

describe('Chinese numerals in a report', () => {
  it('keeps a table cell written 十二 as 12 with its raw text, and no blank warning', async () => {
    const { readFileSync } = await import('node:fs')
    const { parseReport } = await import('../../../src/lib/index.ts')
    const text = readFileSync('tests/fixtures/seed-004-xutao-2021/input.txt', 'utf8').replace('行政强制\t0\n', '行政强制\t十二\n')
    const record = await parseReport(new TextEncoder().encode(text), 'input.txt')
    expect(record.tables.proactive!.cells.find((c) => c.row === '行政强制')).toMatchObject({ value: 12, raw: '十二', line: 52 })
    expect(record.diagnostics.filter((d) => d.line === 52)).toEqual([])
  })
})
