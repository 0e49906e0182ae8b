/**
 * One township's reports side by side: every comparable metric a row, grouped by table (a
 * 2019 and a 2021 table 二 are separate groups; nothing is relabelled), one column per report
 * that has the table (oldest first), each value traced to its source line and compared with the
 * column before. Table 三 shows its 总计 column only: the split by applicant (自然人, 法人或其他
 * 组织 …) stays on each year's report page, linked from the column heads, so the page stays
 * small (issue 9: a township page ≤ 150 KB at six years).
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
  /** False when the report's table lacks the metric (table 三 rows of the other format: 无此项). */
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

/** One metric across the reports of its group. */
export interface SeriesRow {
  metric: Metric
  /** Its row heading: the column (表二, 表四, under the block's table row) or the table row (表三). */
  label: string
  values: SeriesValue[]
}

/**
 * Consecutive rows under one heading: the columns of one table row (表二, 表四: heading 规章 …),
 * or the table 三 rows of one group (heading （三）不予公开 …; null for the numbered rows).
 */
export interface SeriesBlock {
  heading: string | null
  rows: SeriesRow[]
}

/** One statistical table (in one format) across the reports that have it. */
export interface SeriesGroup {
  table: TableKey
  format: TableFormat | null
  caption: string
  /** The reports with this table (in this format), oldest first: one column each. */
  columns: SeriesColumn[]
  /** The one table column every row shows (表三: 总计), or null when rows are table columns under their block's heading. */
  column: string | null
  blocks: SeriesBlock[]
}

/** A headline metric over the reports that have it, for a trend chart. */
export interface SeriesTrend {
  metric: Metric
  unit: string | null
  points: { label: string; value: number | null; href: string | null }[]
}

/** The whole series of a township. */
export interface TownshipSeries {
  /** Every report, oldest first. */
  columns: SeriesColumn[]
  groups: SeriesGroup[]
  /** The headline metrics some report has, in `headlineMetrics` order. */
  headline: SeriesTrend[]
}

/** The table 三 column shown on a township page. */
export const requestColumnShown = '总计'

/** Named table 三 groups, by row (the numbered rows 一、二… have none). */
const requestGroup = new Map(
  [...requestRows['2019'], ...requestRows['2021']].filter((r) => /^（.）./.test(r.group)).map((r) => [r.row, r.group]),
)

/** The row heading of a table 三 row: numbered rows keep their number (一、… （七）总计), grouped rows their own name. */
const requestLabel = new Map(
  [...requestRows['2019'], ...requestRows['2021']].map((r) => [
    r.row,
    requestGroup.has(r.row) ? r.row : /^（/.test(r.group) ? `${r.group}${r.row}` : `${r.group}、${r.row}`,
  ]),
)

/** Table 三 rows in one merged template order: 2019's （六） just before 2021's （六）1–3. */
const requestOrder = (() => {
  const rows = requestRows['2019'].map((r) => r.row)
  const extra = requestRows['2021'].map((r) => r.row).filter((r) => !rows.includes(r))
  rows.splice(rows.indexOf('其他处理') + 1, 0, ...extra)
  return rows
})()

/** The tables of the series, in page order. */
const tableOrder = [
  ['proactive', '2019'],
  ['proactive', '2021'],
  ['requests', null],
  ['appeals', null],
] as const

/** A township's reports oldest first and their columns (shared by the series and the rates by year). */
export function seriesColumns(reports: readonly ReportRecord[]): { sorted: ReportRecord[]; columns: SeriesColumn[] } {
  const sorted = [...reports].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id))
  return { sorted, columns: sorted.map(columnOf) }
}

/** Build the series of a township's reports (any order; columns come out oldest first). */
export function townshipSeries(reports: readonly ReportRecord[]): TownshipSeries {
  const { sorted, columns } = seriesColumns(reports)
  const groups: SeriesGroup[] = []
  for (const [table, format] of tableOrder) {
    const list = metricsOf(table, format)
    const having = sorted.flatMap((r, i) => (list.some((m) => metricTable(r, m)) ? [i] : []))
    if (having.length === 0) continue
    const own = having.map((i) => sorted[i])
    const ownColumns = having.map((i) => columns[i])
    const single = table === 'requests'
    const rows = list.map((m) => rowOf(m, single ? (requestLabel.get(m.row) ?? m.row) : m.column, own, ownColumns))
    groups.push({
      table,
      format,
      caption: tableHeading(table) + (table === 'proactive' ? `（${format} 格式）` : ''),
      columns: ownColumns,
      column: single ? requestColumnShown : null,
      blocks: blocksOf(rows, single ? (r) => requestGroup.get(r.metric.row) ?? null : (r) => r.metric.row),
    })
  }
  const headline = headlineMetrics.flatMap((key) =>
    groups.flatMap((g) => g.blocks.flatMap((b) => b.rows.filter((r) => r.metric.key === key).map((r) => trendOf(r, g.columns)))),
  )
  return { columns, groups, headline }
}

/** The column of one report, its label made unique when two reports share a year. */
function columnOf(record: ReportRecord, _index: number, all: ReportRecord[]): SeriesColumn {
  const base = record.year === null ? '年度未识别' : `${record.year}年`
  const twins = all.filter((r) => r.year === record.year)
  const label = twins.length > 1 ? `${base}（${twins.indexOf(record) + 1}）` : base
  return { id: record.id, year: record.year, label, href: reportPath(record.id) }
}

/** The metrics of one table (and format) shown on the page, in template order. */
function metricsOf(table: TableKey, format: TableFormat | null): Metric[] {
  const list = metrics.filter((m) => m.table === table && (table !== 'proactive' || m.format === format))
  if (table !== 'requests') return list
  return requestOrder.flatMap((row) => list.filter((m) => m.row === row && m.column === requestColumnShown))
}

/** One metric across the reports, with changes from column to column. */
function rowOf(metric: Metric, label: string, reports: ReportRecord[], columns: SeriesColumn[]): SeriesRow {
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
  return { metric, label, values }
}

/** Group consecutive rows with the same heading. */
function blocksOf(rows: SeriesRow[], headingOf: (row: SeriesRow) => string | null): SeriesBlock[] {
  const blocks: SeriesBlock[] = []
  for (const row of rows) {
    const heading = headingOf(row)
    const last = blocks.at(-1)
    if (last && last.heading === heading) last.rows.push(row)
    else blocks.push({ heading, rows: [row] })
  }
  return blocks
}

/** A headline row as chart points (the reports whose table has the metric). */
function trendOf(row: SeriesRow, columns: SeriesColumn[]): SeriesTrend {
  return {
    metric: row.metric,
    unit: row.values.find((v) => v.unit)?.unit ?? null,
    points: row.values.flatMap((v, i) => (v.applicable ? [{ label: columns[i].label, value: v.value, href: v.href }] : [])),
  }
}
