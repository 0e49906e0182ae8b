/**
 * The metrics that can be compared across reports: one per (table, format, row, column).
 * 2019 and 2021 labels stay as they are: a 2019 table 二 metric is never relabelled to look
 * like a 2021 one. Table 三 and 四 metrics are the same in both formats (except （六）).
 */
import { appealColumns, appealRows, proactiveRows, requestColumns, requestRows } from '../lib/template/labels.ts'
import { tableNames, type TableKey } from '../lib/template/tables.ts'
import type { Cell, ReportRecord, TableFormat } from '../lib/types.ts'

/** A comparable figure. */
export interface Metric {
  key: string
  table: TableKey
  /** null when the metric exists in both formats with the same label. */
  format: TableFormat | null
  row: string
  column: string
  /** Label for people: 表三 · 本年新收政府信息公开申请数量 · 总计. */
  label: string
}

/** Build the key of a metric. */
export function metricKey(table: TableKey, format: TableFormat | null, row: string, column: string): string {
  return [table, format ?? '*', row, column].join('|')
}

/** Make one metric. */
function metric(table: TableKey, format: TableFormat | null, row: string, column: string): Metric {
  const suffix = format ? `（${format}格式）` : ''
  return {
    key: metricKey(table, format, row, column),
    table,
    format,
    row,
    column,
    label: `${tableNames[table].short}${suffix} · ${row} · ${column}`,
  }
}

/** Every metric, in template order. */
export const metrics: readonly Metric[] = [
  ...(['2019', '2021'] as const).flatMap((f) => proactiveRows[f].flatMap((r) => r.columns.map((c) => metric('proactive', f, r.row, c)))),
  ...[...new Set([...requestRows['2019'], ...requestRows['2021']].map((r) => r.row))].flatMap((row) => {
    const in2019 = requestRows['2019'].some((r) => r.row === row)
    const in2021 = requestRows['2021'].some((r) => r.row === row)
    const format = in2019 && in2021 ? null : in2019 ? '2019' : '2021'
    return requestColumns.map((c) => metric('requests', format, row, c))
  }),
  ...appealRows.flatMap((r) => appealColumns.map((c) => metric('appeals', null, r, c))),
]

/** The metrics most people look for first. */
export const headlineMetrics: readonly string[] = [
  metricKey('requests', null, '本年新收政府信息公开申请数量', '总计'),
  metricKey('requests', null, '予以公开', '总计'),
  metricKey('requests', null, '结转下年度继续办理', '总计'),
  metricKey('appeals', null, '行政复议', '总计'),
  metricKey('proactive', '2021', '行政处罚', '本年处理决定数量'),
  metricKey('proactive', '2019', '行政处罚', '处理决定数量'),
]

/**
 * The table of `record` that a metric reads, or null when the record has no such table or it
 * follows the other format (无此项). The metric's cell is then
 * `cellLookup(table.cells)(m.row, m.column)`.
 */
export function metricTable(record: Pick<ReportRecord, 'tables'>, m: Metric): { cells: readonly Cell[] } | null {
  const table = record.tables[m.table]
  if (!table) return null
  return !m.format || !('format' in table) || table.format === m.format ? table : null
}
