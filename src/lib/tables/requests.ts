/**
 * Table 三 (收到和处理政府信息公开申请情况): rows by their labels, seven columns in template
 * order, format decided by the table's own rows (2021 splits （六）其他处理 into three rows).
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import { matchLabel } from '../template/label-match.ts'
import { labelKey } from '../template/label-text.ts'
import { requestColumns, requestRows } from '../template/labels.ts'
import type { Cell, FormattedTable, TableFormat } from '../types.ts'
import type { TableRegion } from './locate.ts'
import { learnEdges } from './align.ts'
import { reportStrays, rowCells } from './row-cells.ts'
import { memoClassifier, streamRows, type CellClass, type StrayRow, type StreamRow } from './row-stream.ts'
import { requestGroupIndex, requestHeaderIndex, requestRowIndex } from '../template/vocabulary.ts'
import { tableNames } from '../template/tables.ts'

const only2021 = new Set(requestRows['2021'].filter((r) => r.group === '（六）其他处理').map((r) => r.row))

/** Each format's row labels and their template positions (the first, should a label recur). */
const rowOrders: Record<TableFormat, ReadonlyMap<string, number>> = {
  '2019': templateOrder(requestRows['2019']),
  '2021': templateOrder(requestRows['2021']),
}

/** Template position of each row label. */
function templateOrder(rows: readonly { row: string }[]): Map<string, number> {
  const order = new Map<string, number>()
  rows.forEach((r, i) => order.has(r.row) || order.set(r.row, i))
  return order
}

/** Classify a text cell of table 三. */
function classify(text: string, inHeader: boolean): CellClass<string> {
  const key = labelKey(text)
  if (inHeader || key === '申请人情况' || key === '自然人' || key === '法人或其他组织') {
    const header = matchLabel(text, requestHeaderIndex)
    if (header) return { type: 'header', label: header.label, exact: header.exact }
  }
  if (matchLabel(text, requestGroupIndex)) return { type: 'group' }
  const row = matchLabel(text, requestRowIndex)
  if (row) return { type: 'row', label: row.label, exact: row.exact }
  return null
}

/** `classify`, remembered. */
const classified = memoClassifier(classify)

/** Decide the format from the rows present; else from table 二's format (`hint`); else 2019. */
function formatOf(rows: StreamRow<string>[], region: TableRegion, file: VFile, hint: TableFormat | null): TableFormat {
  if (rows.some((r) => only2021.has(r.label))) return '2021'
  if (rows.some((r) => r.label === '其他处理')) return '2019'
  const format = hint ?? '2019'
  const why = hint ? `按同一报告表二的格式（${hint} 年）读取` : '按 2019 年格式读取'
  report(file, 'table-format', 'info', `表三中没有「（六）其他处理」一组的行，无法从表三本身判断格式，${why}`, {
    line: region.lines[0]!.position.start.line,
  })
  return format
}

/** Parse table 三 from its region, or null when it has no recognisable rows. */
export function parseRequestTable(region: TableRegion, file: VFile, hint: TableFormat | null = null): FormattedTable | null {
  const strays: StrayRow[] = []
  let rows = streamRows(region.lines, classified, strays)
  if (rows.length < 2) return null
  reportStrays(strays, '表三', file)
  const format = formatOf(rows, region, file, hint)
  if (format === '2021') rows = rows.filter((r) => !(r.label === '其他处理' && r.values.every((v) => v.text === '')))
  const expected = requestRows[format]
  const order = rowOrders[format]
  const cells: Cell[] = []
  const blankRows: string[] = []
  const seen = new Set<string>()
  const edges = learnEdges(rows, requestColumns.length)
  for (const row of rows) {
    if (!order.has(row.label)) {
      report(file, 'table-format', 'warning', `表三「${row.cell.text}」行不属于 ${format} 年格式，未采用`, {
        line: row.cell.line,
        column: row.cell.column,
      })
      continue
    }
    if (seen.has(row.label)) {
      report(
        file,
        'duplicate-row',
        'warning',
        `表三「${row.label}」行出现了两次，只采用第一次（第 ${cells.find((c) => c.row === row.label)?.line} 行）`,
        { line: row.cell.line, column: row.cell.column },
      )
      continue
    }
    seen.add(row.label)
    const built = rowCells(row, { table: tableNames.requests.short, columns: requestColumns, edges, rowHolds: totalIsSum }, file)
    if (built.allBlank && !row.runTogether) blankRows.push(row.label)
    cells.push(...built.cells)
  }
  const missing = expected.filter((r) => !seen.has(r.row)).map((r) => r.row)
  const line = rows[0]!.cell.line
  if (missing.length) report(file, 'missing-row', 'warning', `表三缺少 ${missing.length} 行：${missing.join('、')}`, { line })
  if (blankRows.length)
    report(file, 'cell-blank', 'warning', `表三有 ${blankRows.length} 行全部为空（视为未填报）：${blankRows.join('、')}`, { line })
  cells.sort((a, b) => order.get(a.row)! - order.get(b.row)!)
  return { format, line: region.lines[0]!.position.start.line, cells }
}

/** 表三's row identity: the 总计 column (last) is the sum of the six applicant columns. */
function totalIsSum(values: number[]): boolean {
  return values.slice(0, -1).reduce((a, b) => a + b, 0) === values.at(-1)
}
