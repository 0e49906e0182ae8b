/**
 * The Excel-friendly CSV of one report (/data/tables/<id>.csv): one line per table row, as the
 * tables are printed, for people who open it in Excel or WPS. Chinese headers: 区划代码, 县, 乡镇,
 * 年度, 表, 分组, 项目, then the value columns of the report's tables (canonical column labels; a
 * label two tables share, 总计, is one column, placed last), then 单位, 原文行, 备注.
 *
 * A value cell holds the number, or says why there is none: 未填报 (blank, "-" or "/" in the
 * source), 无法确定 (written but not read reliably), 未识别 (the template's cell was not found).
 * An empty value cell means only 无此项: that column is not part of that row's table. The code
 * is written as ="640521205000" so that Excel keeps its 12 digits (excel-text.ts). UTF-8 with a
 * BOM, CRLF line ends. The long CSV (cells-csv.ts) has the same figures, one line per cell.
 */
import type { Cell, ReportRecord } from '../../lib/types.ts'
import { withBase } from '../paths.ts'
import { excelCsv, excelText, type ExcelField } from './excel-text.ts'
import { tableShort, wideTableRows, type WideRow } from './wide-table-rows.ts'

/** The columns before the values. */
export const wideLeadColumns = ['区划代码', '县', '乡镇', '年度', '表', '分组', '项目'] as const
/** The columns after the values. */
export const wideTailColumns = ['单位', '原文行', '备注'] as const

/** The words of a value cell without a number. */
export const cellMarks = { blank: '未填报', uncertain: '无法确定', absent: '未识别' } as const

/** The column two tables share (三 and 四): one column, after the others. */
const TOTAL = '总计'

/** Where a report's Excel-friendly CSV is published. */
export const wideCsvPath = (id: string): string => withBase(`/data/tables/${id}.csv`)

/** The file name offered on download: 中宁县徐套乡2021年统计表.csv (the report id when unnamed). */
export function wideCsvFileName(record: Pick<ReportRecord, 'id' | 'organ' | 'year'>): string {
  const o = record.organ
  const place = `${o.county ?? ''}${o.township ?? ''}`
  return place && record.year !== null ? `${place}${record.year}年统计表.csv` : `${record.id}-统计表.csv`
}

/** The value columns of these rows, in template order, 总计 last. */
export function valueColumns(rows: readonly WideRow[]): string[] {
  const seen = new Set(rows.flatMap((r) => r.cells.map((c) => c.column)))
  const total = seen.delete(TOTAL)
  return [...seen, ...(total ? [TOTAL] : [])]
}

/** A value cell: the number, or the word for why there is none. */
export function cellField(cell: Cell | undefined): ExcelField {
  if (!cell) return cellMarks.absent
  if (cell.value === null) return cell.uncertain ? cellMarks.uncertain : cellMarks.blank
  return cell.value
}

/** The source lines of a row's cells: 51, or 62–68 when its cells stand on several lines. */
function linesOf(cells: readonly Cell[]): ExcelField {
  if (!cells.length) return null
  const lines = cells.map((c) => c.line)
  const [low, high] = [Math.min(...lines), Math.max(...lines)]
  return low === high ? low : `${low}–${high}`
}

/** The notes of a row: corrected cells, and why cells could not be read. */
function notesOf(row: WideRow): string | null {
  if (row.missing) return `未找到${tableShort(row.table)}：报告原文中没有这张表，或表格无法识别`
  const notes: string[] = []
  for (const { column, cell } of row.cells)
    if (cell?.corrected) notes.push(`${column}已更正，原文读作 ${cell.corrected.from ?? '空'}（${cell.corrected.reason}）`)
  const unread = new Map<string, string[]>()
  for (const { column, cell } of row.cells)
    if (cell?.uncertain) unread.set(cell.uncertain.message, [...(unread.get(cell.uncertain.message) ?? []), column])
  for (const [message, columns] of unread) notes.push(`${columns.join('、')}无法确定：${message}`)
  return notes.length ? notes.join('；') : null
}

/** The header and rows of a record's Excel-friendly CSV. */
export function wideCsvTable(record: ReportRecord): { header: string[]; rows: ExcelField[][] } {
  const tableRows = wideTableRows(record)
  const columns = valueColumns(tableRows)
  const o = record.organ
  const rows = tableRows.map((row): ExcelField[] => {
    const found = row.cells.flatMap((c) => (c.cell ? [c.cell] : []))
    const byColumn = new Map(row.cells.map((c) => [c.column, c.cell]))
    const units = [...new Set(found.flatMap((c) => (c.unit ? [c.unit] : [])))]
    return [
      excelText(o.code),
      o.county,
      o.township,
      record.year,
      tableShort(row.table),
      row.group,
      row.missing ? '（未找到此表）' : row.item,
      ...columns.map((column) => (byColumn.has(column) ? cellField(byColumn.get(column)) : null)),
      units.join('、') || null,
      linesOf(found),
      notesOf(row),
    ]
  })
  return { header: [...wideLeadColumns, ...columns, ...wideTailColumns], rows }
}

/** The whole Excel-friendly CSV document of a record (BOM, header, CRLF line ends). */
export function wideCsv(record: ReportRecord): string {
  const { header, rows } = wideCsvTable(record)
  return excelCsv(header, rows)
}
