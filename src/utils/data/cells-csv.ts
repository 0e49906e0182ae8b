/**
 * The tidy CSV of cells: one row per table cell, with the report and place it belongs to and
 * the source line it came from. UTF-8 with a BOM so that Excel opens it correctly. The same rows,
 * typed, make the cells table of the bulk files (bulk/cell-table.ts); a report's cells are the
 * rows of its partition with its `report_id`. The Excel-friendly wide CSV is wide-csv.ts.
 */
import { tableKeys, tableNames } from '../../lib/template/tables.ts'
import type { Cell, ReportRecord } from '../../lib/types.ts'

/** The CSV header, in order. */
export const csvColumns = [
  'report_id',
  'township',
  'county',
  'prefecture',
  'province',
  'code',
  'year',
  'table',
  'format',
  'row',
  'column',
  'value',
  'raw',
  'unit',
  'source_line',
  'source_path',
  'corrected_from',
  'correction_reason',
] as const

/** One field of a row before it is written: text, a number, or null (empty in CSV). */
export type FieldValue = string | number | null

/**
 * Quote one CSV field when needed (RFC 4180). Text starting with =, +, -, @, a tab or a CR
 * (OWASP's list) is prefixed with ' so spreadsheets never run it as a formula; only a plain
 * signed number ("-8", "+12", "3.5") is left as it is.
 */
export function csvField(value: FieldValue): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line (no line end) of the given fields. */
export function csvLine(fields: readonly FieldValue[]): string {
  return fields.map(csvField).join(',')
}

/** The rows of one record, one per cell, fields in `csvColumns` order. */
export function cellRows(record: ReportRecord): FieldValue[][] {
  const o = record.organ
  const rows: FieldValue[][] = []
  for (const key of tableKeys) {
    const table = record.tables[key]
    if (!table) continue
    const format = 'format' in table ? table.format : null
    for (const c of table.cells as Cell[]) {
      rows.push([
        record.id,
        o.township,
        o.county,
        o.prefecture,
        o.province,
        o.code,
        record.year,
        tableNames[key].short,
        format,
        c.row,
        c.column,
        c.value,
        c.raw,
        c.unit,
        c.line,
        record.source.path,
        c.corrected?.from ?? null,
        c.corrected?.reason ?? null,
      ])
    }
  }
  return rows
}

/** A whole CSV document (BOM, header, CRLF line ends) for the given records. */
export function cellsCsv(records: readonly ReportRecord[]): string {
  return '\ufeff' + [csvLine(csvColumns), ...records.flatMap((r) => cellRows(r).map(csvLine))].join('\r\n') + '\r\n'
}
