/**
 * One county's coverage matrix: a row per township, a column per year, each cell the report of
 * that township and year with its status (report-status.ts), or missing. Rows are the townships
 * with reports here and the county's other townships in the division list (known-townships.ts);
 * columns run from the county's first to its last report year. Its size follows the county's
 * townships and years, never the corpus.
 */
import type { CountyGroup } from '../compare/compare-counties.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import type { KnownTownship } from './known-townships.ts'
import { reportStatusOf, type CoverageStatus, type ReportStatus } from './report-status.ts'
import { addCounts, noCounts, type StatusCounts } from './status-counts.ts'

/** One township-year: its report(s), or none (missing). */
export interface MatrixCell {
  year: number
  /** The first report's status, or missing. */
  status: CoverageStatus
  /** Usually one; two only when the collection let a duplicate through. */
  reports: ReportStatus[]
}

/** One township's row. */
export interface MatrixRow {
  name: string
  /** 12-digit code, null for a township known only by name. */
  code: string | null
  /** Key of its place page, null when the portal holds no report of it. */
  placeKey: string | null
  cells: MatrixCell[]
}

/** The matrix of one county (or of the townships of a place whose county is unknown). */
export interface CountyMatrix {
  key: string
  name: string
  /** Every year from the first to the last report year (empty when no report has a year). */
  years: number[]
  rows: MatrixRow[]
  /** Reports without a year: no column, listed apart. */
  undated: { township: string; report: ReportStatus }[]
  counts: StatusCounts
  /** Counts per column, in `years` order. */
  byYear: { year: number; counts: StatusCounts }[]
  /** Townships listed only because the division list names them (no report here at all). */
  listedOnly: number
}

/** The years from the first to the last of `years` (none when empty). */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return []
  const first = Math.min(...years)
  const last = Math.max(...years)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** The matrix of `group` under `rule`, with `known` the county's townships from the division list. */
export function countyMatrix(group: CountyGroup, known: readonly KnownTownship[], rule: DeadlineRule): CountyMatrix {
  const reported = new Set(group.townships.flatMap((t) => (t.code ? [t.code] : [])))
  const extra = known.filter((k) => !reported.has(k.code))
  const years = yearSpan(group.townships.flatMap((t) => t.reports.flatMap((r) => (r.year === null ? [] : [r.year]))))
  const column = new Map(years.map((y, i) => [y, i]))
  const counts = noCounts()
  const byYear = years.map((year) => ({ year, counts: noCounts() }))
  const undated: CountyMatrix['undated'] = []
  const rowOf = (name: string, code: string | null, placeKey: string | null): MatrixRow => ({
    name,
    code,
    placeKey,
    cells: years.map((year) => ({ year, status: 'missing', reports: [] })),
  })
  const rows = [...group.townships.map((t) => ({ node: t, row: rowOf(t.name, t.code, t.key) }))]
  for (const { node, row } of rows) {
    for (const record of node.reports) {
      const report = reportStatusOf(record, rule)
      const at = record.year === null ? undefined : column.get(record.year)
      if (at === undefined) {
        undated.push({ township: node.name, report })
        counts[report.status]++
        continue
      }
      const cell = row.cells[at]!
      if (cell.reports.length === 0) cell.status = report.status
      cell.reports.push(report)
    }
  }
  const all = [...rows.map((r) => r.row), ...extra.map((k) => rowOf(k.name, k.code, null))].sort(byCodeThenName)
  for (const row of all)
    row.cells.forEach((cell, i) => {
      const tally = noCounts()
      if (cell.reports.length === 0) tally.missing++
      for (const r of cell.reports) tally[r.status]++
      addCounts(counts, tally)
      addCounts(byYear[i]!.counts, tally)
    })
  return { key: group.key, name: group.name, years, rows: all, undated, counts, byYear, listedOnly: extra.length }
}

/** Coded townships in code order, then the others by name. */
function byCodeThenName(a: MatrixRow, b: MatrixRow): number {
  if (a.code && b.code) return a.code.localeCompare(b.code)
  if (a.code || b.code) return a.code ? -1 : 1
  return a.name.localeCompare(b.name, 'zh-CN')
}
