/**
 * The table of the compare page, computed from the island and a choice: one column per chosen
 * report (township order, newest year first), one row per chosen metric (template order).
 * A cell is "—" when the report did not fill it in (value null) or has no such cell (another
 * format, a missing table); a number links to its source line. The page and the client script
 * render this same model, so the static default table and the live one read the same.
 */
import { metricByKey } from './compare-metrics.ts'
import { yearKey, yearLabel, type CompareData } from './compare-data.ts'
import type { CompareChoice } from './compare-state.ts'
import { sourcePath } from '../paths.ts'
import { formatValue } from '../format-value.ts'

/** The mark of a cell with no value (未填报, never 0). */
export const BLANK = '—'

/** One report column. */
export interface CompareColumn {
  id: string
  /** Heading for people and for the CSV: 中宁县徐套乡 2021年. */
  heading: string
  township: string
  county: string
  year: string
}

/** One value cell. */
export interface CompareCell {
  /** Visible text: grouped digits and the unit as written, or "—". */
  text: string
  /** CSV text: plain digits and the unit, or '' when not reported. */
  csv: string
  /** The source line page of the value, or null when the report has no such cell. */
  href: string | null
  /** Words for screen readers after the text: （原文第 51 行）, （未填报）, （该报告无此项）. */
  note: string
}

/** One metric row. */
export interface CompareRow {
  key: string
  compact: string
  label: string
  cells: CompareCell[]
}

/** The whole table. */
export interface CompareTable {
  columns: CompareColumn[]
  rows: CompareRow[]
}

/** The visible text of a value: 251,000 元, or "—" (the site's one number format). */
export function valueText(value: number | null, unit?: string): string {
  return formatValue(value, unit ?? null)
}

/** The table for `choice`. */
export function compareTable(data: CompareData, choice: CompareChoice): CompareTable {
  const townships = new Set(choice.townships)
  const years = new Set(choice.years)
  const order = new Map(choice.townships.map((t, i) => [t, i]))
  const reports = data.reports
    .filter((r) => townships.has(r.t) && years.has(yearKey(r.y)))
    .sort((a, b) => order.get(a.t)! - order.get(b.t)! || (b.y ?? 0) - (a.y ?? 0))
  const columns = reports.map((r) => ({
    id: r.id,
    heading: `${r.c}${r.n} ${yearLabel(yearKey(r.y))}`,
    township: r.n,
    county: r.c,
    year: yearLabel(yearKey(r.y)),
  }))
  const rows = choice.metrics.flatMap((key) => {
    const m = metricByKey(key)
    if (!m) return []
    const cells = reports.map((r): CompareCell => {
      const found = r.v[m.compact]
      if (!found) return { text: BLANK, csv: '', href: null, note: '（该报告无此项）' }
      const [value, line, unit] = found
      if (value === null) return { text: BLANK, csv: '', href: sourcePath(r.id, line), note: `（未填报，原文第 ${line} 行）` }
      return {
        text: valueText(value, unit),
        csv: unit ? `${value} ${unit}` : String(value),
        href: sourcePath(r.id, line),
        note: `（原文第 ${line} 行）`,
      }
    })
    return [{ key: m.key, compact: m.compact, label: m.label, cells }]
  })
  return { columns, rows }
}

/** A one-line summary of the view, for the live region. */
export function tableSummary(table: CompareTable): string {
  if (!table.columns.length) return '所选乡镇和年度没有报告，请调整选择。'
  if (!table.rows.length) return `已选 ${table.columns.length} 份报告，尚未选择指标。`
  return `当前表格：${table.columns.length} 份报告，${table.rows.length} 项指标。`
}
