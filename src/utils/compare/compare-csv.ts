/**
 * The CSV of one compare view: exactly the rows and columns shown, headed 指标 then one column
 * per report. Numbers are written without digit grouping (the unit follows when one was
 * written); a cell that was not reported is empty, never 0. UTF-8 with a BOM, CRLF line ends.
 */
import type { CompareTable } from './compare-table.ts'
import { csvField } from '../data/cells-csv.ts'

/** The CSV document of a view. */
export function compareCsv(table: CompareTable): string {
  const header = ['指标', ...table.columns.map((c) => c.heading)]
  const rows = table.rows.map((r) => [r.label, ...r.cells.map((c) => c.csv)])
  return '\ufeff' + [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** The download file name of a view. */
export const compareCsvName = '政务公开年报-对比视图.csv'
