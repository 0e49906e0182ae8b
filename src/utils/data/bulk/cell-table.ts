/**
 * The cells table of the bulk files: the rows and columns of the tidy CSV (cells-csv.ts), one row
 * per table cell, with Parquet types: codes as text, years and lines as integers, values as doubles.
 */
import { cellRows, csvColumns } from '../cells-csv.ts'
import { columnsOf, type BulkTable, type ColumnSpec } from './bulk-table.ts'

const columns = columnsOf({
  report_id: 'STRING!',
  township: 'STRING',
  county: 'STRING',
  prefecture: 'STRING',
  province: 'STRING',
  code: 'STRING',
  year: 'INT32',
  table: 'STRING!',
  format: 'STRING',
  row: 'STRING!',
  column: 'STRING!',
  value: 'DOUBLE',
  raw: 'STRING!',
  unit: 'STRING',
  source_line: 'INT32!',
  source_path: 'STRING!',
  corrected_from: 'DOUBLE',
  correction_reason: 'STRING',
} satisfies Record<(typeof csvColumns)[number], ColumnSpec>)

/** One row per cell of the statistical tables, in the columns of cells.csv. */
export const cellTable: BulkTable = { name: 'cells', columns, rows: cellRows }
