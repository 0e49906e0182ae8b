/**
 * The CSV of one compare view, for people (Excel, WPS): the metrics shown, one row each with its
 * table, group, row and column (表, 分组, 项目, 栏目 — a bare 总计 keeps its group), then one
 * column per report shown, headed as on the page. The first data row holds each report's division
 * code, written ="640521205000" so that Excel keeps its 12 digits (data/excel-text.ts).
 *
 * A cell is never empty: a number without digit grouping (the unit follows when one was
 * written), 未填报 when the report did not fill it in, or 无此项 when the report has no such cell
 * (another format, or no such table found). UTF-8 with a BOM, CRLF line ends.
 */
import { tableNames } from '../../lib/template/tables.ts'
import { excelCsv, excelText, type ExcelField } from '../data/excel-text.ts'
import { rowGroup } from '../data/row-group.ts'
import { metricByKey, type CompactMetric } from './compare-metrics.ts'
import type { CompareCell, CompareTable } from './compare-table.ts'

/** The words of a cell without a number. */
export const compareMarks = { blank: '未填报', none: '无此项' } as const

/** The header before the report columns. */
export const compareLeadColumns = ['表', '分组', '项目', '栏目'] as const

/** The table of a metric as the page names it: 表三, or 表二（2021格式） for a one-format metric. */
const tableLabel = (m: CompactMetric): string => `${tableNames[m.table].short}${m.format ? `（${m.format}格式）` : ''}`

/** A cell of the CSV: the number as shown (ungrouped), or why there is none. */
function cellField(c: CompareCell): string {
  if (c.csv !== '') return c.csv
  return c.href === null ? compareMarks.none : compareMarks.blank
}

/** The division code of a report column (its id is `<code>-<year>`), kept as text; null without one. */
const codeOf = (id: string): ExcelField => excelText(/^(\d{12})-/.exec(id)?.[1])

/** The CSV document of a view. */
export function compareCsv(table: CompareTable): string {
  const header = [...compareLeadColumns, ...table.columns.map((c) => c.heading)]
  const codes: ExcelField[] = [null, null, '区划代码', null, ...table.columns.map((c) => codeOf(c.id))]
  const rows = table.rows.map((r): ExcelField[] => {
    const m = metricByKey(r.key)
    const lead = m ? [tableLabel(m), rowGroup(m.table, m.format, m.row), m.row, m.column] : [r.label, null, null, null]
    return [...lead, ...r.cells.map(cellField)]
  })
  return excelCsv(header, [codes, ...rows])
}

/** The download file name of a view. */
export const compareCsvName = '政务公开年报-对比视图.csv'
