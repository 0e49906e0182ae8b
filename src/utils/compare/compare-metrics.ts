/**
 * Short, stable URL keys for the metrics of the compare page, and the metrics grouped the way
 * the chooser shows them (table → row → column).
 *
 * A compact key is `<group>.<row>.<column>`, 1-based positions in the State Council template:
 * - group `2a` = 表二 in the 2019 format, `2b` = 表二 in the 2021 format, `3` = 表三, `4` = 表四;
 * - 表三 rows are numbered as in the 2019 template (1 = 本年新收 … 21 = （六）其他处理,
 *   22 = （七）总计, 23 = 结转下年度继续办理), then the rows only the 2021 template has (24–26 =
 *   （六）1–3); columns 1–7 = 自然人 … 总计;
 * - 表四 rows 1–3 = 行政复议, 未经复议直接起诉, 复议后起诉; columns 1–5 = 结果维持 … 总计.
 * Example: `3.1.7` = 表三 · 本年新收政府信息公开申请数量 · 总计; `2b.4.1` = 表二（2021格式）· 行政处罚 · 本年处理决定数量.
 */
import { requestRows } from '../../lib/template/labels.ts'
import { metrics, type Metric } from '../metrics.ts'
import { tableHeading } from '../table-heading.ts'

/** A metric with its compact key. */
export interface CompactMetric extends Metric {
  compact: string
}

/** One row of a chooser group: the row label and its metrics (one per column). */
export interface MetricRow {
  row: string
  /** Row label for people, with its group heading: （三）不予公开：属于国家秘密. */
  legend: string
  metrics: CompactMetric[]
}

/** One chooser group: a table (表二 per format). */
export interface MetricGroup {
  id: string
  title: string
  rows: MetricRow[]
}

const groupTitles: Record<string, string> = {
  '2a': `${tableHeading('proactive')}（2019年格式）`,
  '2b': `${tableHeading('proactive')}（2021年格式）`,
  '3': tableHeading('requests'),
  '4': tableHeading('appeals'),
}

/** The chooser group id of a metric. */
function groupOf(m: Metric): string {
  if (m.table === 'proactive') return m.format === '2019' ? '2a' : '2b'
  return m.table === 'requests' ? '3' : '4'
}

/** The table 三 group heading of a row, or null for table 二/四 rows. */
function requestGroup(row: string): string | null {
  const found = [...requestRows['2019'], ...requestRows['2021']].find((r) => r.row === row)
  return found ? found.group : null
}

/** A row label with its table 三 group heading. */
function legendOf(row: string): string {
  const group = requestGroup(row)
  if (!group) return row
  if (/^[一二三四]$/.test(group)) return `${group}、${row}`
  if (/^（[一二三四五六七]）$/.test(group)) return `${group}${row}`
  return `${group}：${row}`
}

/** Build the groups and compact keys from `metrics` (template order is kept). */
function buildGroups(): MetricGroup[] {
  const groups = new Map<string, MetricGroup>()
  for (const m of metrics) {
    const id = groupOf(m)
    let group = groups.get(id)
    if (!group) groups.set(id, (group = { id, title: groupTitles[id]!, rows: [] }))
    let row = group.rows.find((r) => r.row === m.row)
    if (!row) group.rows.push((row = { row: m.row, legend: legendOf(m.row), metrics: [] }))
    const compact = `${id}.${group.rows.indexOf(row) + 1}.${row.metrics.length + 1}`
    row.metrics.push({ ...m, compact })
  }
  return [...groups.values()]
}

/** The chooser groups, in template order. */
export const metricGroups: readonly MetricGroup[] = buildGroups()

/** Every metric with its compact key, in `metrics` order. */
export const compactMetrics: readonly CompactMetric[] = metricGroups.flatMap((g) => g.rows.flatMap((r) => r.metrics))

const byCompact = new Map(compactMetrics.map((m) => [m.compact, m]))
const byKey = new Map(compactMetrics.map((m) => [m.key, m]))

/** The metric of a compact key, if any. */
export function metricByCompact(compact: string): CompactMetric | undefined {
  return byCompact.get(compact)
}

/** The metric of a full metric key (`metricKey()`), if any. */
export function metricByKey(key: string): CompactMetric | undefined {
  return byKey.get(key)
}
