/** Fields of the CSV files for people: a digit code kept as text by spreadsheets, every other text guarded. */
import { describe, expect, test } from 'vitest'
import { excelCsv, excelField, excelText, unwrapExcelText } from '../../../src/utils/data/excel-text.ts'
import { parseCsv } from './parse-csv.ts'

describe('excelText', () => {
  test('writes a digit code as the formula ="…", RFC 4180-quoted, which a CSV parser reads as ="…" and unwraps to the code', () => {
    const field = excelField(excelText('640521205000'))
    expect(field).toBe('"=""640521205000"""')
    const [[parsed]] = parseCsv(`${field}\r\n`) as [[string]]
    expect(parsed).toBe('="640521205000"')
    expect(unwrapExcelText(parsed)).toBe('640521205000')
  })

  test('makes no formula of anything but digits', () => {
    expect(excelText(null)).toBeNull()
    expect(excelText('')).toBeNull()
    expect(excelText('64052120500X')).toBeNull()
    expect(excelText('1") & HYPERLINK("x')).toBeNull()
    expect(() => excelField({ excelText: '=1+1' })).toThrow(/not a digit code/)
    expect(unwrapExcelText('640521205000')).toBeNull()
    expect(unwrapExcelText('="6405+1"')).toBeNull()
  })

  test("leaves other fields to the guard of csvField (= + - @ tab CR prefixed with ')", () => {
    expect(['=1+1', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '徐套乡', '-8'].map(excelField)).toEqual([
      "'=1+1",
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      '徐套乡',
      '-8',
    ])
    expect([51, -8, 3.2, null].map(excelField)).toEqual(['51', '-8', '3.2', ''])
  })

  test('writes a document with a BOM, a header and CRLF line ends', () => {
    expect(excelCsv(['区划代码', '值'], [[excelText('640521205000'), 51]])).toBe('\ufeff区划代码,值\r\n"=""640521205000""",51\r\n')
  })
})
