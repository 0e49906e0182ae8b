/**
 * The bulk manifest as the data page lists it: provinces (unknown last) with their partitions,
 * each partition with its report and cell counts and its four files, plus a size for people.
 */
import type { BulkFile, BulkManifest } from './bulk-manifest.ts'

/** One partition as listed: its folder, year, counts and files (manifest order). */
export interface PartitionListing {
  /** `64/2021`. */
  path: string
  year: number | null
  reports: number
  cells: number
  files: BulkFile[]
}

/** One province as listed, with its partitions by year. */
export interface ProvinceListing {
  code: string | null
  name: string
  partitions: PartitionListing[]
  reports: number
  cells: number
  bytes: number
}

/** The rows of a table in a partition's files (from its Parquet file), 0 when missing. */
const rowsOf = (files: readonly BulkFile[], table: BulkFile['table']): number =>
  files.find((f) => f.table === table && f.format === 'parquet')?.rows ?? 0

/** Group the manifest's files by province and partition, keeping the manifest's order. */
export function provinceListings(manifest: Pick<BulkManifest, 'files'>): ProvinceListing[] {
  const provinces = new Map<string, ProvinceListing>()
  const partitions = new Map<string, PartitionListing>()
  for (const file of manifest.files) {
    const folder = file.path.slice(0, file.path.lastIndexOf('/'))
    const provinceKey = file.province.code ?? ''
    let province = provinces.get(provinceKey)
    if (!province) {
      province = { code: file.province.code, name: file.province.name ?? '未识别的省份', partitions: [], reports: 0, cells: 0, bytes: 0 }
      provinces.set(provinceKey, province)
    }
    let partition = partitions.get(folder)
    if (!partition) {
      partition = { path: folder, year: file.year, reports: 0, cells: 0, files: [] }
      partitions.set(folder, partition)
      province.partitions.push(partition)
    }
    partition.files.push(file)
    province.bytes += file.bytes
  }
  for (const province of provinces.values()) {
    for (const p of province.partitions) {
      p.reports = rowsOf(p.files, 'reports')
      p.cells = rowsOf(p.files, 'cells')
      province.reports += p.reports
      province.cells += p.cells
    }
  }
  return [...provinces.values()]
}

/** A file size for people: 812 B, 35.2 KB, 4.1 MB, 1.3 GB (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}

/** The build log's line about the bulk step: "批量数据：1,000 份报告写成 … 个分区、… 个文件（… MB），用时 … 秒". */
export function bulkSummaryLine(manifest: Pick<BulkManifest, 'totals'>, milliseconds: number): string {
  const t = manifest.totals
  return `批量数据：${t.reports.toLocaleString('en-US')} 份报告写成 ${t.partitions.toLocaleString('en-US')} 个分区、${t.files.toLocaleString('en-US')} 个文件（${formatBytes(t.bytes)}），用时 ${(milliseconds / 1000).toFixed(1)} 秒`
}
