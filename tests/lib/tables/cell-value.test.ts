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

  it.each(['1.属于国家秘密', '规章000', '±3', '一', '十二'])('"%s" is text', (raw) => {
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
