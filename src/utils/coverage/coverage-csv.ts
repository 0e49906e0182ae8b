/**
 * The coverage CSV files: one per county (a row per township-year cell, and per undated report)
 * and one of the summaries (a row per nation, province, prefecture and county, overall and per
 * year). UTF-8 with a BOM and CRLF line ends, fields quoted as in the cells CSV.
 */
import { csvLine, type FieldValue } from '../data/cells-csv.ts'
import type { CountyGroup } from '../compare/compare-counties.ts'
import type { CountyMatrix } from './county-matrix.ts'
import type { CoverageScope, ScopeTotals } from './coverage-summary.ts'
import { coverageStatuses, statusNames, statusText, type CoverageStatus, type ReportStatus } from './report-status.ts'
import type { StatusCounts } from './status-counts.ts'
import { reportsCounted } from './status-counts.ts'

/** Columns of a county file. */
export const countyCsvColumns = [
  'province',
  'prefecture',
  'county',
  'township',
  'code',
  'year',
  'status',
  'status_label',
  'days_late',
  'published_on',
  'deadline',
  'report_id',
  'report_path',
] as const

/** Columns of the summary file (counts are cells: reports, or missing township-years). */
export const summaryCsvColumns = ['level', 'key', 'name', 'parent_key', 'year', 'townships', ...coverageStatuses, 'reports'] as const

/** A CSV document of these rows. */
const csv = (header: readonly string[], rows: FieldValue[][]): string =>
  '\ufeff' + [header, ...rows].map((fields) => csvLine(fields)).join('\r\n') + '\r\n'

/** The CSV of one county's matrix; `reportHref` gives a report's page path. */
export function countyCsv(matrix: CountyMatrix, group: CountyGroup, reportHref: (id: string) => string): string {
  const place = [group.province.name, group.prefecture?.name ?? null, matrix.name]
  const row = (township: string, code: string | null, year: number | null, status: CoverageStatus, report?: ReportStatus): FieldValue[] => [
    ...place,
    township,
    code,
    year,
    status,
    report ? statusText(report) : statusNames[status].word,
    report?.timeliness.daysLate ?? null,
    report?.publishedOn ?? null,
    report?.timeliness.deadline ?? null,
    report?.id ?? null,
    report ? reportHref(report.id) : null,
  ]
  const rows = matrix.rows.flatMap((r) =>
    r.cells.flatMap((cell) =>
      cell.reports.length === 0
        ? [row(r.name, r.code, cell.year, 'missing')]
        : cell.reports.map((p) => row(r.name, r.code, cell.year, p.status, p)),
    ),
  )
  for (const u of matrix.undated) rows.push(row(u.township, null, null, u.report.status, u.report))
  return csv(countyCsvColumns, rows)
}

/** The CSV of every summary scope and county: an all-years row each, then one per year. */
export function summaryCsv(scopes: readonly CoverageScope[], counties: readonly ScopeTotals[]): string {
  const parentOf = new Map<string, string>()
  for (const scope of scopes) for (const r of scope.rows) parentOf.set(`${r.level}:${r.key}`, scope.key)
  const counted = (c: StatusCounts): FieldValue[] => [...coverageStatuses.map((s) => c[s]), reportsCounted(c)]
  const rows = [...scopes, ...counties].flatMap((t) => {
    const head: FieldValue[] = [t.level, t.key, t.name, parentOf.get(`${t.level}:${t.key}`) ?? null]
    return [[...head, null, t.townships, ...counted(t.counts)], ...t.byYear.map((y) => [...head, y.year, null, ...counted(y.counts)])]
  })
  return csv(summaryCsvColumns, rows)
}
