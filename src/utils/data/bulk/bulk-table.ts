/**
 * A table of the bulk files: its columns (name and Parquet type) and how one record becomes
 * rows. The CSV and Parquet writers take any such table, so cells and reports share one path.
 */
import type { ReportRecord } from '../../../lib/types.ts'
import type { FieldValue } from '../cells-csv.ts'

/**
 * A column's type in Parquet: text, a 32-bit integer, a double, or a calendar date (given as
 * `YYYY-MM-DD` text, written as Parquet DATE). In CSV every type is written as text.
 */
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'DATE'

/** One column: its name (the CSV header and the Parquet field), type, and whether it may be empty. */
export interface BulkColumn {
  name: string
  type: ColumnType
  /** True when every row has a value (Parquet REQUIRED); else the column is nullable. */
  required: boolean
}

/** A bulk table: `cells` or `reports`. */
export interface BulkTable {
  name: 'cells' | 'reports'
  columns: readonly BulkColumn[]
  /** The rows of one record, fields in column order. */
  rows(record: ReportRecord): FieldValue[][]
}

/** A column in short: its type, with `!` after it when the column is required (`'INT32!'`). */
export type ColumnSpec = `${ColumnType}${'' | '!'}`

/** Columns from a compact spec, `name: ColumnSpec`, in order. */
export function columnsOf(spec: Record<string, ColumnSpec>): BulkColumn[] {
  return Object.entries(spec).map(([name, t]) => ({
    name,
    type: t.replace('!', '') as ColumnType,
    required: t.endsWith('!'),
  }))
}
