/**
 * Write a bulk table as gzip-compressed CSV: UTF-8 with a BOM inside (so that Excel opens the
 * unpacked file correctly), the header, CRLF line ends, fields quoted and formula-guarded as in
 * every CSV of the site (cells-csv.ts). The text is streamed one report at a time, so no more
 * than one report's rows are held as text.
 */
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { ReportRecord } from '../../../lib/types.ts'
import { csvLine } from '../cells-csv.ts'
import type { BulkTable } from './bulk-table.ts'

/** Write `records` as `table` to `file` (.csv.gz); resolves with the number of data rows. */
export async function writeCsvGzip(file: string, table: BulkTable, records: Iterable<ReportRecord>): Promise<number> {
  let rows = 0
  function* chunks(): Generator<string> {
    yield '\ufeff' + csvLine(table.columns.map((c) => c.name)) + '\r\n'
    for (const record of records) {
      const lines = table.rows(record).map(csvLine)
      rows += lines.length
      if (lines.length) yield lines.join('\r\n') + '\r\n'
    }
  }
  await pipeline(Readable.from(chunks()), createGzip(), createWriteStream(file))
  return rows
}
