/**
 * The data island of the compare page: only what the page needs, per report — id, township
 * key and names, year, and for every metric cell present its value, source line and unit.
 * Built once at build time from the records; read by the client script.
 */
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { ReportRecord } from '../../lib/types.ts'
import { compactMetrics } from './compare-metrics.ts'
import { metricTable } from '../metrics.ts'
import { townshipKey } from '../paths.ts'

/** A metric cell: [value (null = not reported), source line] or [value, line, unit]. */
export type CompareValue = [number | null, number] | [number | null, number, string]

/** One report in the island (short field names keep the page small). */
export interface CompareReport {
  /** Record id. */
  id: string
  /** Township key (`townshipKey()`: the 12-digit code or an `x-…` stand-in). */
  t: string
  /** Township name (or organ name when the township is unknown). */
  n: string
  /** County name, '' when unknown. */
  c: string
  /** Province name, '' when unknown (for sorting and the chooser). */
  p: string
  /** Year, null when unknown. */
  y: number | null
  /** Cells present in the report, by compact metric key. */
  v: Record<string, CompareValue>
}

/** The whole island. */
export interface CompareData {
  reports: CompareReport[]
}

/** A township of the chooser, with the years it has reports for (newest first). */
export interface TownshipOption {
  key: string
  name: string
  county: string
  province: string
  years: string[]
}

/** The URL key of a report's year: the year, or `na` when unknown. */
export function yearKey(year: number | null): string {
  return year === null ? 'na' : String(year)
}

/** The label of a year key: 2021年, or 年度不详. */
export function yearLabel(key: string): string {
  return key === 'na' ? '年度不详' : `${key}年`
}

/** One record as an island report. */
function islandReport(record: ReportRecord): CompareReport {
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

/** The island of a set of records, ordered by province, county, township, then newest year. */
export function compareData(records: readonly ReportRecord[]): CompareData {
  const reports = records.map(islandReport)
  reports.sort((a, b) => placeOrder(a, b) || (b.y ?? 0) - (a.y ?? 0) || a.id.localeCompare(b.id))
  return { reports }
}

/** Compare two reports by province, county and township name (Chinese collation), then key. */
function placeOrder(a: CompareReport, b: CompareReport): number {
  return `${a.p}${a.c}${a.n}`.localeCompare(`${b.p}${b.c}${b.n}`, 'zh-CN') || a.t.localeCompare(b.t)
}

/** The townships of the island, in report order, each with its years. */
export function townshipOptions(data: CompareData): TownshipOption[] {
  const options = new Map<string, TownshipOption>()
  for (const r of data.reports) {
    const option = options.get(r.t) ?? { key: r.t, name: r.n, county: r.c, province: r.p, years: [] }
    options.set(r.t, option)
    if (!option.years.includes(yearKey(r.y))) option.years.push(yearKey(r.y))
  }
  return [...options.values()]
}

/** Every year key of the island, newest first (`na` last). */
export function yearOptions(data: CompareData): string[] {
  const years = [...new Set(data.reports.map((r) => yearKey(r.y)))]
  return years.sort((a, b) => (a === 'na' ? 1 : b === 'na' ? -1 : Number(b) - Number(a)))
}

/** The island as JSON safe inside a <script> element (no `<` characters survive). */
export function islandJson(data: CompareData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
