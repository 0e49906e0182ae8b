/**
 * The manifest of the bulk files (data/bulk/manifest.json): every file with its partition,
 * table, format, rows, size and SHA-256, the columns of each table, and totals. Shards built
 * apart can be merged by concatenating their `files` and calling `bulkManifest` again.
 */
import type { BulkColumn, BulkTable } from './bulk-table.ts'
import type { PartitionKey } from './partition-key.ts'

/** The file formats of every table: gzip CSV and Parquet. */
export const bulkFormats = ['csv.gz', 'parquet'] as const
export type BulkFormat = (typeof bulkFormats)[number]

/** One file of the manifest. */
export interface BulkFile {
  /** Path relative to data/bulk/, e.g. `64/2021/cells.parquet`. */
  path: string
  table: BulkTable['name']
  format: BulkFormat
  province: PartitionKey['province']
  year: number | null
  /** Data rows (the CSV header not counted). */
  rows: number
  bytes: number
  sha256: string
}

/** The manifest. */
export interface BulkManifest {
  version: 1
  /** The columns of each table, in order, with their Parquet types. */
  tables: Record<BulkTable['name'], readonly BulkColumn[]>
  files: BulkFile[]
  totals: {
    partitions: number
    reports: number
    cells: number
    files: number
    bytes: number
    bytesByFormat: Record<BulkFormat, number>
  }
}

/** The rows of one table counted once (from its Parquet files). */
function rowsOf(files: readonly BulkFile[], table: BulkTable['name']): number {
  return files.filter((f) => f.table === table && f.format === 'parquet').reduce((n, f) => n + f.rows, 0)
}

/** The manifest of `files` (in their order) for these tables, with totals. */
export function bulkManifest(files: readonly BulkFile[], tables: readonly BulkTable[]): BulkManifest {
  const bytesByFormat = Object.fromEntries(
    bulkFormats.map((format) => [format, files.filter((f) => f.format === format).reduce((n, f) => n + f.bytes, 0)]),
  ) as Record<BulkFormat, number>
  return {
    version: 1,
    tables: Object.fromEntries(tables.map((t) => [t.name, t.columns])) as BulkManifest['tables'],
    files: [...files],
    totals: {
      partitions: new Set(files.map((f) => f.path.slice(0, f.path.lastIndexOf('/')))).size,
      reports: rowsOf(files, 'reports'),
      cells: rowsOf(files, 'cells'),
      files: files.length,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      bytesByFormat,
    },
  }
}

/** The text of manifest.json (the shard runner compares its own with a shard build's, byte for byte). */
export function bulkManifestText(manifest: BulkManifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`
}
