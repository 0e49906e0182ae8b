/**
 * How one table cell is shown on a report page: its text (unit included), why it is blank,
 * the source line it links to, and an accessible name that says what the number is.
 * A blank cell (value null) is never shown as 0.
 */
import { tableNames, type TableKey } from '../../lib/template/tables.ts'
import type { Cell, ReportRecord } from '../../lib/types.ts'
import { sourcePath } from '../paths.ts'

/** Why a cell shows a number or a dash. */
export type CellState = 'value' | 'blank' | 'uncertain' | 'absent'

/** What a page needs to render one cell. */
export interface CellView {
  state: CellState
  /** Visible text: the number with its unit, or "—". */
  text: string
  /** Visually hidden words after a dash (未填报 / 无法确定 / 未识别); null for numbers. */
  hidden: string | null
  /** The source line link, or null when the cell was not found at all. */
  href: string | null
  /** Accessible name: table, row, column, value and line (表二 行政处罚 本年处理决定数量：51，原文第 51 行). */
  label: string
  /** When the editor corrected the value: "已更正，原文读作 510" (the reason is in 更正说明); else null. */
  corrected: string | null
}

/**
 * The report and table a cell belongs to: its link and accessible name. The name leaves out the
 * report (the page is about it) to keep a table's 200-odd names short.
 */
export interface CellContext {
  id: string
  /** 表二, 表三 or 表四. */
  table: string
}

const hiddenText: Record<Exclude<CellState, 'value'>, string> = { blank: '未填报', uncertain: '无法确定', absent: '未识别' }

/** The context of the cells of one table of a record. */
export function cellContext(record: Pick<ReportRecord, 'id'>, table: TableKey): CellContext {
  return { id: record.id, table: tableNames[table].short }
}

/** The number as printed, keeping an explicit plus sign ("+12") and the unit ("518 万元"). */
export function valueText(cell: Cell): string {
  if (cell.value === null) return '—'
  const sign = cell.value > 0 && cell.raw.trim().startsWith('+') ? '+' : ''
  return `${sign}${cell.value}${cell.unit ? ` ${cell.unit}` : ''}`
}

/** Everything a page needs to show one cell (`cell` undefined: the engine did not find it). */
export function cellView(ctx: CellContext, rowLabel: string, columnLabel: string, cell: Cell | undefined): CellView {
  const what = [ctx.table, rowLabel, columnLabel].filter((x) => x !== '').join(' ')
  if (!cell)
    return { state: 'absent', text: '—', hidden: hiddenText.absent, href: null, label: `${what}：${hiddenText.absent}`, corrected: null }
  const state: CellState = cell.value !== null ? 'value' : cell.uncertain ? 'uncertain' : 'blank'
  const shown = state === 'value' ? valueText(cell) : hiddenText[state]
  const corrected = cell.corrected ? `已更正，原文读作 ${cell.corrected.from === null ? '空' : cell.corrected.from}` : null
  return {
    corrected,
    state,
    text: state === 'value' ? shown : '—',
    hidden: state === 'value' ? null : shown,
    href: sourcePath(ctx.id, cell.line),
    label: `${what}：${shown}${corrected ? `（${corrected}）` : ''}，原文第 ${cell.line} 行${cell.page ? `（PDF 第 ${cell.page} 页）` : ''}`,
  }
}
