/**
 * Write the bulk files of a set of reports under `dir`: for each partition (province and year)
 * its cells and reports tables as gzip CSV and Parquet, then return their manifest. Partitions
 * are written one after the other, each table streamed (CSV one report at a time, Parquet one
 * row group at a time), so memory holds the records (already loaded) and never a whole partition's rows.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ReportRecord } from '../../../lib/types.ts'
import { bulkFormats, bulkManifest, type BulkFile, type BulkManifest } from './bulk-manifest.ts'
import type { BulkTable } from './bulk-table.ts'
import { cellTable } from './cell-table.ts'
import { writeCsvGzip } from './csv-gzip-file.ts'
import { fileDigest } from './file-digest.ts'
import { writeParquet } from './parquet-file.ts'
import { groupPartitions } from './partitions.ts'
import { reportTable } from './report-table.ts'

/** The tables of every partition, in the order their files are listed. */
export const bulkTables: readonly BulkTable[] = [cellTable, reportTable]

/** Write every partition's files under `dir`; `progress` hears reports done of the total after each partition. */
export async function writeBulkFiles(
  records: readonly ReportRecord[],
  dir: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<BulkManifest> {
  const files: BulkFile[] = []
  let done = 0
  for (const partition of groupPartitions(records)) {
    mkdirSync(join(dir, partition.path), { recursive: true })
    for (const table of bulkTables) {
      for (const format of bulkFormats) {
        const path = `${partition.path}/${table.name}.${format}`
        const file = join(dir, path)
        const rows =
          format === 'parquet' ? await writeParquet(file, table, partition.records) : await writeCsvGzip(file, table, partition.records)
        files.push({
          path,
          table: table.name,
          format,
          province: partition.province,
          year: partition.year,
          rows,
          ...(await fileDigest(file)),
        })
      }
    }
    progress((done += partition.records.length), records.length)
  }
  return bulkManifest(files, bulkTables)
}
