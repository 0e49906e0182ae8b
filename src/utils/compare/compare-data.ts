/**
 * The figures of the compare page in their compact form: per report its id, township key and
 * names, year, and for every metric cell present its value, source line and unit. One county's
 * reports make one data file (`/data/compare/<county>.json`: compare-counties.ts says which,
 * compare-county-file.ts writes it), which the browser fetches when a township of that county is
 * chosen; the table merges the files it has.
 */
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { ReportRecord } from '../../lib/types.ts'
import { compactMetrics } from './compare-metrics.ts'
import { metricTable } from '../metrics.ts'
import { townshipKey } from '../paths.ts'

/** A metric cell: [value (null = not reported), source line] or [value, line, unit]. */
export type CompareValue = [number | null, number] | [number | null, number, string]

/** One report (short field names keep the files small). */
export interface CompareReport {
  /** Record id. */
  id: string
  /** Township key (`townshipKey()`: the 12-digit code or an `x-…` stand-in). */
  t: string
  /** Township name (or organ name when the township is unknown). */
  n: string
  /** County name, '' when unknown. */
  c: string
  /** Province name, '' when unknown. */
  p: string
  /** Year, null when unknown. */
  y: number | null
  /** Cells present in the report, by compact metric key. */
  v: Record<string, CompareValue>
}

/** The reports of one data file, or of all files fetched so far. */
export interface CompareData {
  reports: CompareReport[]
}

/** The URL key of a report's year: the year, or `na` when unknown. */
export function yearKey(year: number | null): string {
  return year === null ? 'na' : String(year)
}

/** The label of a year key: 2021年, or 年度不详. */
export function yearLabel(key: string): string {
  return key === 'na' ? '年度不详' : `${key}年`
}

/** One record in compact form. */
function compareReport(record: ReportRecord): CompareReport {
  const o = record.organ
  const v: Record<string, CompareValue> = {}
  for (const m of compactMetrics) {
    const table = metricTable(record, m)
    const cell = table ? cellLookup(table.cells)(m.row, m.column) : undefined
    if (cell) v[m.compact] = cell.unit ? [cell.value, cell.line, cell.unit] : [cell.value, cell.line]
  }
  return {
    id: record.id,
    t: townshipKey(record),
    n: o.township ?? o.name ?? '未知乡镇',
    c: o.county ?? '',
    p: o.province ?? '',
    y: record.year,
    v,
  }
}

/** The compact form of a set of records, ordered by township key, then newest year. */
export function compareData(records: readonly ReportRecord[]): CompareData {
  const reports = records.map(compareReport)
  reports.sort((a, b) => compareKeys(a.t, b.t) || (b.y ?? 0) - (a.y ?? 0) || compareKeys(a.id, b.id))
  return { reports }
}

/** Code order of township keys (12-digit codes before `x-…` stand-ins), the site's place order. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Every year key of a list of years, newest first (`na` last). */
export function yearOptions(years: Iterable<number | null>): string[] {
  const keys = [...new Set([...years].map(yearKey))]
  return keys.sort((a, b) => (a === 'na' ? 1 : b === 'na' ? -1 : Number(b) - Number(a)))
}
