/**
 * One township's reports side by side: every comparable metric a row, grouped by table (a
 * 2019 and a 2021 table 二 are separate groups; nothing is relabelled), one column per report
 * (oldest first), each value traced to its source line and compared with the column before.
 */
import { requestRows } from '../../lib/template/labels.ts'
import type { TableKey } from '../../lib/template/tables.ts'
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { ReportRecord, TableFormat } from '../../lib/types.ts'
import { difference } from '../format-value.ts'
import { headlineMetrics, metricTable, metrics, type Metric } from '../metrics.ts'
import { reportPath, sourcePath } from '../paths.ts'
import { tableHeading } from '../table-heading.ts'

/** One report of the series. */
export interface SeriesColumn {
  id: string
  year: number | null
  /** "2021年", or "年度未识别". */
  label: string
  /** The report page. */
  href: string
}

/** The change from the column before (only when both values are there, in the same unit). */
export interface SeriesChange {
  delta: number
  /** Label of the column compared with. */
  from: string
}

/** One value of a metric in one report. */
export interface SeriesValue {
  /** False when the report has no such table, or it follows the other format (无此项). */
  applicable: boolean
  /** The number; null when blank or missing (未填报, never 0). */
  value: number | null
  raw: string | null
  unit: string | null
  /** The source line of the cell, when the cell was found. */
  href: string | null
  line: number | null
  change: SeriesChange | null
}

/** One metric across the reports. */
export interface SeriesRow {
  metric: Metric
  values: SeriesValue[]
}

/** Consecutive rows sharing a table row label (e.g. the 7 columns of one table 三 row). */
export interface SeriesBlock {
  row: string
  /** The table 三 group it sits in (（三）不予公开 …), or null. */
  group: string | null
  rows: SeriesRow[]
}

/** One statistical table (in one format) across the reports. */
export interface SeriesGroup {
  table: TableKey
  format: TableFormat | null
  caption: string
  blocks: SeriesBlock[]
}

/** The whole series of a township. */
export interface TownshipSeries {
  columns: SeriesColumn[]
  groups: SeriesGroup[]
  /** The headline metrics that apply to at least one report, in `headlineMetrics` order. */
  headline: SeriesRow[]
}

/** Named table 三 groups, by row (the numbered rows 一、二… have none). */
const requestGroup = new Map(
  [...requestRows['2019'], ...requestRows['2021']].filter((r) => /^（.）./.test(r.group)).map((r) => [r.row, r.group]),
)

/** Table 三 rows in one merged template order: 2019's （六） just before 2021's （六）1–3. */
const requestOrder = (() => {
  const rows = requestRows['2019'].map((r) => r.row)
  const extra = requestRows['2021'].map((r) => r.row).filter((r) => !rows.includes(r))
  rows.splice(rows.indexOf('其他处理') + 1, 0, ...extra)
  return rows
})()

/** Build the series of a township's reports (any order; columns come out oldest first). */
export function townshipSeries(reports: readonly ReportRecord[]): TownshipSeries {
  const sorted = [...reports].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id))
  const columns = sorted.map(columnOf)
  const groups: SeriesGroup[] = []
  for (const [table, format] of [
    ['proactive', '2019'],
    ['proactive', '2021'],
    ['requests', null],
    ['appeals', null],
  ] as const) {
    const wanted = metricsOf(table, format).filter((m) => sorted.some((r) => metricTable(r, m)))
    if (wanted.length === 0) continue
    const suffix = table === 'proactive' ? `（${format} 格式）` : ''
    groups.push({ table, format, caption: tableHeading(table) + suffix, blocks: blocksOf(wanted.map((m) => rowOf(m, sorted, columns))) })
  }
  const rows = groups.flatMap((g) => g.blocks.flatMap((b) => b.rows))
  const headline = headlineMetrics.flatMap((key) => rows.filter((r) => r.metric.key === key))
  return { columns, groups, headline }
}

/** The column of one report, its label made unique when two reports share a year. */
function columnOf(record: ReportRecord, _index: number, all: ReportRecord[]): SeriesColumn {
  const base = record.year === null ? '年度未识别' : `${record.year}年`
  const twins = all.filter((r) => r.year === record.year)
  const label = twins.length > 1 ? `${base}（${twins.indexOf(record) + 1}）` : base
  return { id: record.id, year: record.year, label, href: reportPath(record.id) }
}

/** The metrics of one table (and format), in template order. */
function metricsOf(table: TableKey, format: TableFormat | null): Metric[] {
  const list = metrics.filter((m) => m.table === table && (table !== 'proactive' || m.format === format))
  if (table !== 'requests') return list
  return requestOrder.flatMap((row) => list.filter((m) => m.row === row))
}

/** One metric across the reports, with changes from column to column. */
function rowOf(metric: Metric, reports: ReportRecord[], columns: SeriesColumn[]): SeriesRow {
  const values: SeriesValue[] = reports.map((r) => {
    const table = metricTable(r, metric)
    const cell = table ? cellLookup(table.cells)(metric.row, metric.column) : undefined
    return {
      applicable: table !== null,
      value: cell?.value ?? null,
      raw: cell?.raw ?? null,
      unit: cell?.unit ?? null,
      line: cell?.line ?? null,
      href: cell ? sourcePath(r.id, cell.line) : null,
      change: null,
    }
  })
  values.forEach((v, i) => {
    const before = values[i - 1]
    if (!before || v.value === null || before.value === null || v.unit !== before.unit) return
    v.change = { delta: difference(v.value, before.value), from: columns[i - 1].label }
  })
  return { metric, values }
}

/** Group consecutive rows with the same table row label. */
function blocksOf(rows: SeriesRow[]): SeriesBlock[] {
  const blocks: SeriesBlock[] = []
  for (const row of rows) {
    const last = blocks.at(-1)
    if (last && last.row === row.metric.row) last.rows.push(row)
    else
      blocks.push({
        row: row.metric.row,
        group: row.metric.table === 'requests' ? (requestGroup.get(row.metric.row) ?? null) : null,
        rows: [row],
      })
  }
  return blocks
}
