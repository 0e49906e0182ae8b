/**
 * How one table cell is shown on a report page: its text (unit included), why it is blank,
 * the source line it links to, and an accessible name that says where it stands in the source.
 * A blank cell (value null) is never shown as 0.
 */
import type { Cell } from '../../lib/types.ts'
import { sourceLineHere } from '../paths.ts'

/** Why a cell shows a number or a dash. */
export type CellState = 'value' | 'blank' | 'uncertain' | 'absent'

/** What a page needs to render one cell. */
export interface CellView {
  state: CellState
  /** Visible text: the number with its unit, or "—". */
  text: string
  /** Visually hidden words after a dash (未填报 / 无法确定 / 未识别); null for numbers. */
  hidden: string | null
  /** The source line link, relative to the report page (`source/#L51`); null when the cell was not found at all. */
  href: string | null
  /**
   * Accessible name: the value and its line (51，原文第 51 行). Not the table, row and column:
   * the table's headers announce those, and 200 links each repeating them made the page slow
   * to hear and 30 KB heavier.
   */
  label: string
  /** When the editor corrected the value: "已更正，原文读作 510" (the reason is in 更正说明); else null. */
  corrected: string | null
}

const hiddenText: Record<Exclude<CellState, 'value'>, string> = { blank: '未填报', uncertain: '无法确定', absent: '未识别' }

/** The number as printed, keeping an explicit plus sign ("+12") and the unit ("518 万元"). */
export function valueText(cell: Cell): string {
  if (cell.value === null) return '—'
  const sign = cell.value > 0 && cell.raw.trim().startsWith('+') ? '+' : ''
  return `${sign}${cell.value}${cell.unit ? ` ${cell.unit}` : ''}`
}

/** Everything a page needs to show one cell (`cell` undefined: the engine did not find it). */
export function cellView(cell: Cell | undefined): CellView {
  if (!cell) return { state: 'absent', text: '—', hidden: hiddenText.absent, href: null, label: hiddenText.absent, corrected: null }
  const state: CellState = cell.value !== null ? 'value' : cell.uncertain ? 'uncertain' : 'blank'
  const shown = state === 'value' ? valueText(cell) : hiddenText[state]
  const corrected = cell.corrected ? `已更正，原文读作 ${cell.corrected.from === null ? '空' : cell.corrected.from}` : null
  return {
    corrected,
    state,
    text: state === 'value' ? shown : '—',
    hidden: state === 'value' ? null : shown,
    // Relative: the page is /reports/<id>/ under any base path, its source page /reports/<id>/source/.
    href: sourceLineHere(cell.line),
    label: `${shown}${corrected ? `（${corrected}）` : ''}，原文第 ${cell.line} 行${cell.page ? `（PDF 第 ${cell.page} 页）` : ''}`,
  }
}
