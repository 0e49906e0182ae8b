/**
 * Fields of the CSV files written for people (Excel, WPS), on top of the formula guard of
 * `csvField`: a digit code written so that a spreadsheet keeps it as text.
 *
 * A 12-digit division code written plainly (`640521205000`, quoted or not) is read by Excel as a
 * number and shown as `6.40521E+11`; saved again, the file then holds `6.40521E+11`. A CSV has no
 * column types, and no plain field fixes this: quotes do not stop the guess, a leading `'` stays
 * in the cell as a character, and a leading tab stays in the cell too (and is a formula trigger
 * on OWASP's list, which the guard must prefix). What spreadsheets keep as text on a plain open is
 * the formula `="640521205000"`, whose result is the code as text: Excel and WPS do, and
 * LibreOffice Calc 7.4 (measured: the plain and quoted code become the number 640521205000, the
 * formula the text 640521205000, the tab form the text "\t640521205000"). A CSV parser reads the
 * field as `="640521205000"`: programs unwrap it (`unwrapExcelText`) or read the long CSV, where
 * the code is plain text. Only a field made here from digits alone is written as a formula; every
 * other text still goes through the guard.
 */
import { csvField, type FieldValue } from './cells-csv.ts'

/** A digit code to be written as `="…"`. */
export interface ExcelText {
  excelText: string
}

/** One field of a CSV for people: as `FieldValue`, or a digit code kept as text. */
export type ExcelField = FieldValue | ExcelText

/** The code as an Excel text field; null (an empty field) unless it is digits only. */
export function excelText(code: string | null | undefined): ExcelText | null {
  return code && /^\d+$/.test(code) ? { excelText: code } : null
}

/** The code inside a field written by `excelText`, as a CSV parser reads it; null otherwise. */
export function unwrapExcelText(field: string): string | null {
  return /^="(\d+)"$/.exec(field)?.[1] ?? null
}

/** One CSV field (RFC 4180 quoting, formula guard on text). */
export function excelField(value: ExcelField): string {
  if (value === null || typeof value !== 'object') return csvField(value)
  if (!/^\d+$/.test(value.excelText)) throw new Error(`excelText: not a digit code: ${value.excelText}`)
  return `"=""${value.excelText}"""`
}

/** A whole CSV document for people: BOM, header, CRLF line ends. */
export function excelCsv(header: readonly string[], rows: readonly (readonly ExcelField[])[]): string {
  return '\ufeff' + [header, ...rows].map((fields) => fields.map(excelField).join(',')).join('\r\n') + '\r\n'
}
