/**
 * A year's reports side by side: one row per report, columns for the headline metrics, the
 * totals of tables 三 and 四, and the diagnostics by severity; a totals row that sums the
 * reported values and says how many reports had none.
 */
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { ReportRecord, Severity } from '../../lib/types.ts'
import { headlineMetrics, metricKey, metricTable, metrics, type Metric } from '../metrics.ts'
import { placePath, reportPath, sourcePath, townshipKey } from '../paths.ts'
import { severityWords } from '../../lib/index.ts'

/** A column of the year table. */
export type YearColumn =
  { kind: 'metric'; key: string; label: string; metric: Metric } | { kind: 'diagnostics'; key: string; label: string; severity: Severity }

/** One value of a row. */
export interface YearValue {
  /** False when the report has no such table or it follows the other format (无此项). */
  applicable: boolean
  value: number | null
  /** The source line of a metric's cell. */
  href: string | null
}

/** One report. */
export interface YearRow {
  record: ReportRecord
  township: string
  /** County and province, for context. */
  area: string
  placeHref: string
  reportHref: string
  /** Position in the default order (by province, county, township): the place column's sort key. */
  rank: number
  values: YearValue[]
}

/** The sum of one column. */
export interface YearTotal {
  sum: number | null
  /** Reports with the metric's table but no value (未填报). */
  missing: number
  /** Reports without the metric's table, or with the other format (无此项). */
  notApplicable: number
}

/** The table of one year. */
export interface YearTable {
  year: number
  columns: YearColumn[]
  rows: YearRow[]
  totals: YearTotal[]
}

/** Short column headings; the full metric label goes in the column's description. */
const shortLabels = new Map([
  [metricKey('requests', null, '本年新收政府信息公开申请数量', '总计'), '新收申请'],
  [metricKey('requests', null, '予以公开', '总计'), '予以公开'],
  [metricKey('requests', null, '结转下年度继续办理', '总计'), '结转下年度'],
  [metricKey('requests', null, '总计', '总计'), '办理结果总计'],
  [metricKey('appeals', null, '行政复议', '总计'), '行政复议'],
  [metricKey('appeals', null, '未经复议直接起诉', '总计'), '直接起诉'],
  [metricKey('appeals', null, '复议后起诉', '总计'), '复议后起诉'],
  [metricKey('proactive', '2021', '行政处罚', '本年处理决定数量'), '行政处罚（2021格式）'],
  [metricKey('proactive', '2019', '行政处罚', '处理决定数量'), '行政处罚（2019格式）'],
])

/** Metric keys of the columns: the headline metrics, then the other totals of 三 and 四. */
export const yearMetricKeys: readonly string[] = [
  ...new Set([
    ...headlineMetrics,
    metricKey('requests', null, '总计', '总计'),
    metricKey('appeals', null, '未经复议直接起诉', '总计'),
    metricKey('appeals', null, '复议后起诉', '总计'),
  ]),
]

const severities: readonly Severity[] = ['error', 'warning', 'info']

/** The columns of every year table. */
export const yearColumns: readonly YearColumn[] = [
  ...yearMetricKeys.map((key): YearColumn => {
    const metric = metrics.find((m) => m.key === key)
    if (!metric) throw new Error(`unknown metric ${key}`)
    return { kind: 'metric', key, label: shortLabels.get(key) ?? metric.label, metric }
  }),
  ...severities.map((severity): YearColumn => ({
    kind: 'diagnostics',
    key: `diagnostics|${severity}`,
    label: severityWords[severity],
    severity,
  })),
]

/** Build the table of `year` from all records (other years are left out). */
export function yearTable(records: readonly ReportRecord[], year: number): YearTable {
  const rows = records
    .filter((r) => r.year === year)
    .map((record) => ({
      record,
      sortKey: [record.organ.province, record.organ.county, record.organ.township ?? record.organ.name].map((s) => s ?? '').join('\u0000'),
    }))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'zh-CN') || a.record.id.localeCompare(b.record.id))
    .map(({ record }, rank) => rowOf(record, rank))
  const totals = yearColumns.map((_, i) => totalOf(rows.map((r) => r.values[i])))
  return { year, columns: [...yearColumns], rows, totals }
}

/** One report's row. */
function rowOf(record: ReportRecord, rank: number): YearRow {
  const o = record.organ
  const values = yearColumns.map((c): YearValue => {
    if (c.kind === 'diagnostics')
      return { applicable: true, value: record.diagnostics.filter((d) => d.severity === c.severity).length, href: null }
    const table = metricTable(record, c.metric)
    const cell = table ? cellLookup(table.cells)(c.metric.row, c.metric.column) : undefined
    return { applicable: table !== null, value: cell?.value ?? null, href: cell ? sourcePath(record.id, cell.line) : null }
  })
  return {
    record,
    township: o.township ?? o.name ?? '未识别的机关',
    area: [o.province, o.prefecture, o.county].filter(Boolean).join(' '),
    placeHref: placePath(townshipKey(record)),
    reportHref: reportPath(record.id),
    rank,
    values,
  }
}

/** Sum the reported values of a column. */
function totalOf(values: YearValue[]): YearTotal {
  const reported = values.filter((v) => v.applicable && v.value !== null).map((v) => v.value as number)
  return {
    sum: reported.length ? Math.round(reported.reduce((a, b) => a + b, 0) * 1e6) / 1e6 : null,
    missing: values.filter((v) => v.applicable && v.value === null).length,
    notApplicable: values.filter((v) => !v.applicable).length,
  }
}

/** The years that have reports, newest first, with their report counts. */
export function yearsOf(records: readonly ReportRecord[]): { year: number; reports: number; townships: number }[] {
  const byYear = new Map<number, ReportRecord[]>()
  for (const r of records) if (r.year !== null) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r])
  return [...byYear.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, list]) => ({ year, reports: list.length, townships: new Set(list.map(townshipKey)).size }))
}
