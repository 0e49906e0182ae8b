/**
 * `tsx scripts/dev/csv-bytes.ts DIST`: the bytes per report of the per-report CSV files of a built
 * site, from its records (DIST/data/reports/*.json): the long CSV with every column of the bulk
 * cells table (as it was published until the report-level columns were left out), the long CSV
 * as published now, and the Excel-friendly wide CSV; and what DIST holds on disk for each.
 * Prints one line of JSON (bench/CSV-DOWNLOADS.md).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ReportRecord } from '../../src/lib/types.ts'
import { cellsCsv, reportCellsCsv } from '../../src/utils/data/cells-csv.ts'
import { wideCsv } from '../../src/utils/data/wide-csv.ts'

const dist = process.argv.slice(2).find((a) => a !== '--')
if (!dist) {
  console.error('用法：tsx scripts/dev/csv-bytes.ts DIST')
  process.exit(2)
}

/** The size of a file of DIST, 0 when it is not there. */
const onDisk = (relative: string): number => (existsSync(path.join(dist, relative)) ? statSync(path.join(dist, relative)).size : 0)

const folder = path.join(dist, 'data/reports')
const ids = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
const sums = { longAllColumns: 0, longPublished: 0, wide: 0, longOnDisk: 0, wideOnDisk: 0, largestWide: 0 }
for (const id of ids) {
  const record = JSON.parse(readFileSync(path.join(folder, `${id}.json`), 'utf8')) as ReportRecord
  const wide = Buffer.byteLength(wideCsv(record))
  sums.longAllColumns += Buffer.byteLength(cellsCsv([record]))
  sums.longPublished += Buffer.byteLength(reportCellsCsv(record))
  sums.wide += wide
  sums.longOnDisk += onDisk(`data/reports/${id}.csv`)
  sums.wideOnDisk += onDisk(`data/tables/${id}.csv`)
  sums.largestWide = Math.max(sums.largestWide, wide)
}
/** KB per report, one decimal. */
const perReport = (bytes: number): number => Math.round((bytes / ids.length / 1024) * 10) / 10
console.log(
  JSON.stringify({
    reports: ids.length,
    kbPerReport: {
      longAllColumns: perReport(sums.longAllColumns),
      longPublished: perReport(sums.longPublished),
      wide: perReport(sums.wide),
      longOnDisk: perReport(sums.longOnDisk),
      wideOnDisk: perReport(sums.wideOnDisk),
      saved: perReport(sums.longAllColumns - sums.longPublished - sums.wide),
    },
    largestWideKB: Math.round((sums.largestWide / 1024) * 10) / 10,
  }),
)
