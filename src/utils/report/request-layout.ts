/**
 * Table 三 in the official layout: rows in template order for the table's format, each with
 * the row header cells that start on it (三、本年度办理结果 and （三）不予公开 … span their
 * rows), then its seven values 自然人 … 总计.
 */
import { requestColumns, requestRows, type RequestRow } from '../../lib/template/labels.ts'
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { Cell, FormattedTable } from '../../lib/types.ts'

/** Columns of row headers on the left of the values. */
export const requestHeadWidth = 3

/** The corner note printed in the template above the row headers. */
export const requestBalanceNote = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

/** A row header cell. */
export interface RowHead {
  /** The header column it starts in: 1 (三、本年度办理结果 and rows spanning all three), 2 (groups), 3 (items). */
  start: 1 | 2 | 3
  text: string
  /** Small print after the label, as in the template (部分公开's counting rule). */
  note: string | null
  rowspan: number
  colspan: number
}

/** One value row of table 三. */
export interface RequestLine {
  row: string
  /** The row's full name for people: （三）不予公开 1.属于国家秘密. */
  label: string
  heads: RowHead[]
  cells: Array<{ column: string; cell: Cell | undefined }>
}

const notes: Record<string, string> = { 部分公开: '（区分处理的，只计这一情形，不计其他情形）' }

/** True for the rows under 三、本年度办理结果 (outcomes and （七）总计). */
const inResults = (r: RequestRow): boolean => r.group.startsWith('（')
/** True for groups whose rows are numbered items (（三）不予公开 1. …). */
const isNamedGroup = (group: string): boolean => /^（.）.+/.test(group)

/** A row header cell starting in header column `start`. */
function head(start: RowHead['start'], text: string, rowspan = 1, colspan = 1, note: string | null = null): RowHead {
  return { start, text, note, rowspan, colspan }
}

/** The rows of a table 三, in template order, with the record's cells placed. */
export function requestLines(table: Pick<FormattedTable, 'format' | 'cells'>): RequestLine[] {
  const rows = requestRows[table.format]
  const cellAt = cellLookup(table.cells)
  const results = rows.filter(inResults).length
  return rows.map((r, i) => {
    const cells = requestColumns.map((column) => ({ column, cell: cellAt(r.row, column) }))
    const note = notes[r.row] ?? null
    if (!inResults(r))
      return { row: r.row, label: `${r.group}、${r.row}`, heads: [head(1, `${r.group}、${r.row}`, 1, requestHeadWidth)], cells }
    const heads = i > 0 && inResults(rows[i - 1]!) ? [] : [head(1, '三、本年度办理结果', results)]
    if (!isNamedGroup(r.group)) {
      heads.push(head(2, `${r.group}${r.row}`, 1, 2, note))
      return { row: r.row, label: `${r.group}${r.row}`, heads, cells }
    }
    const members = rows.filter((x) => x.group === r.group)
    const item = `${members.indexOf(r) + 1}.${r.row}`
    if (members[0] === r) heads.push(head(2, r.group, members.length))
    heads.push(head(3, item))
    return { row: r.row, label: `${r.group} ${item}`, heads, cells }
  })
}
