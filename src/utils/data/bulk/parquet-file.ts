/**
 * Write a bulk table as a Parquet file (hyparquet-writer): typed columns (text, 32-bit integers,
 * doubles, dates), nullable where a value may be missing, Snappy-compressed, with dictionaries
 * where they pay. Rows are collected into row groups of at most `rowGroupRows` and written group
 * by group to the file, so no more than one group is held in memory.
 */
import { fileWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer'
import type { ReportRecord } from '../../../lib/types.ts'
import type { FieldValue } from '../cells-csv.ts'
import type { BulkColumn, BulkTable } from './bulk-table.ts'

/** The Parquet schema of a table's columns. */
export function parquetSchema(columns: readonly BulkColumn[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((c): SchemaElement => ({
      name: c.name,
      repetition_type: c.required ? 'REQUIRED' : 'OPTIONAL',
      ...(c.type === 'STRING'
        ? { type: 'BYTE_ARRAY', converted_type: 'UTF8' }
        : c.type === 'DATE'
          ? { type: 'INT32', converted_type: 'DATE' }
          : { type: c.type }),
    })),
  ]
}

/** A field as the Parquet writer takes it: dates (`YYYY-MM-DD`) as Date objects, the rest as is. */
function parquetValue(column: BulkColumn, value: FieldValue): FieldValue | Date {
  if (value === null || column.type !== 'DATE') return value
  return new Date(`${value}T00:00:00Z`)
}

/** Write `records` as `table` to `file` (.parquet); resolves with the number of rows. */
export async function writeParquet(
  file: string,
  table: BulkTable,
  records: Iterable<ReportRecord>,
  { rowGroupRows = 100_000 } = {},
): Promise<number> {
  const writer = new ParquetWriter({
    writer: fileWriter(file),
    schema: parquetSchema(table.columns),
    createdBy: 'gov-disclosure-portal (hyparquet-writer)',
  })
  const { columns } = table
  let group: (FieldValue | Date)[][] = columns.map(() => [])
  let size = 0
  let total = 0
  // The writer's calls return a promise only when its sink flushes asynchronously (the file sink does not).
  const flush = async (): Promise<void> => {
    if (!size) return
    const columnData = columns.map((c, i) => ({ name: c.name, data: group[i]! }))
    await writer.write({ columnData, rowGroupSize: size })
    total += size
    group = columns.map(() => [])
    size = 0
  }
  for (const record of records) {
    for (const row of table.rows(record)) {
      for (let i = 0; i < columns.length; i++) group[i]!.push(parquetValue(columns[i]!, row[i]!))
      if (++size >= rowGroupRows) await flush()
    }
  }
  await flush()
  await writer.finish()
  return total
}
