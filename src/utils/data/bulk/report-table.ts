/**
 * The reports table of the bulk files: one row per report with its organ, place, year, dates,
 * source, how many cells each table has, and how many problems the checks found. It is the
 * index of a partition: join it to the cells table on `report_id`.
 */
import type { ReportRecord } from '../../../lib/types.ts'
import type { FieldValue } from '../cells-csv.ts'
import { columnsOf, type BulkTable } from './bulk-table.ts'
import { provinceCodeOf } from './partition-key.ts'

const columns = columnsOf({
  report_id: 'STRING!',
  organ: 'STRING',
  township: 'STRING',
  county: 'STRING',
  prefecture: 'STRING',
  province: 'STRING',
  code: 'STRING',
  province_code: 'STRING',
  year: 'INT32',
  published_on: 'DATE',
  document_number: 'STRING',
  source_url: 'STRING',
  source_path: 'STRING!',
  source_sha256: 'STRING!',
  source_reader: 'STRING',
  source_pages: 'INT32',
  proactive_format: 'STRING',
  requests_format: 'STRING',
  proactive_cells: 'INT32',
  requests_cells: 'INT32',
  appeals_cells: 'INT32',
  blank_cells: 'INT32!',
  corrected_cells: 'INT32!',
  warnings: 'INT32!',
  infos: 'INT32!',
  supersedes: 'STRING',
})

/** The one row of a record, in column order. */
function reportRow(r: ReportRecord): FieldValue[] {
  const o = r.organ
  const cells = [r.tables.proactive, r.tables.requests, r.tables.appeals].flatMap((t) => t?.cells ?? [])
  const severities = (severity: string): number => r.diagnostics.filter((d) => d.severity === severity).length
  return [
    r.id,
    o.name,
    o.township,
    o.county,
    o.prefecture,
    o.province,
    o.code,
    provinceCodeOf(r),
    r.year,
    r.publishedOn,
    r.documentNumber,
    r.sourceUrl,
    r.source.path,
    r.source.sha256,
    r.source.reader,
    r.source.pages,
    r.tables.proactive?.format ?? null,
    r.tables.requests?.format ?? null,
    r.tables.proactive?.cells.length ?? null,
    r.tables.requests?.cells.length ?? null,
    r.tables.appeals?.cells.length ?? null,
    cells.filter((c) => c.value === null).length,
    cells.filter((c) => c.corrected).length,
    severities('warning'),
    severities('info'),
    r.supersedes,
  ]
}

/** One row per report: the index of a partition. */
export const reportTable: BulkTable = { name: 'reports', columns, rows: (record) => [reportRow(record)] }
