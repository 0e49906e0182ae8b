/**
 * One figure of a report page's summary: a table cell, or the sum of a few cells (an outcome
 * group of table 三, both kinds of lawsuit in table 四), linked to the source line that holds it
 * the way table cells are (cell-view.ts: `source/#L51`, named by the value and the line). Blank
 * cells say 未填报 and a table or row not found says 未找到: a figure is never a 0 it was not given.
 */
import { formatNumber } from '../../lib/index.ts'
import { tableNames, type TableKey } from '../../lib/template/tables.ts'
import type { Cell } from '../../lib/types.ts'
import { sourceLineHere } from '../paths.ts'
import { anchors } from './report-contents.ts'

/** Why a figure shows a number or words. `partial`: some cells filled, the rest blank. */
export type FigureState = 'value' | 'partial' | 'blank' | 'uncertain' | 'absent'

/** What a page needs to show one figure. */
export interface SummaryFigure {
  /** What it counts (予以公开, 合计…); null when the term it stands under says it. */
  name: string | null
  state: FigureState
  /** The number, or the sum of the filled cells; null when no cell is filled. */
  value: number | null
  /** Visible text: "51 件", "至少 2 件（1 项未填报）", "5 项未填报，其余为 0", "未填报", "未找到". */
  text: string
  /** The first cell's source line (`source/#L51`, relative like table cells), or the table's heading when nothing was found. */
  href: string
  /** The link's accessible name: the text and where it stands ("51 件，原文第 51 行"). */
  label: string
}

/** "原文第 51 行", "原文第 66–73 行（PDF 第 3 页）": the lines (and PDF pages) of some cells. */
export function linesLabel(cells: readonly Cell[]): string {
  const span = (numbers: number[]): string => {
    const first = Math.min(...numbers)
    const last = Math.max(...numbers)
    return first === last ? `${first}` : `${first}–${last}`
  }
  const pages = cells.flatMap((c) => (c.page ? [c.page] : []))
  return `原文第 ${span(cells.map((c) => c.line))} 行${pages.length ? `（PDF 第 ${span(pages)} 页）` : ''}`
}

/**
 * The figure of `cells` (undefined where the table has no such cell) in `table`, counted in `unit`.
 * `table` missing altogether: pass `cells` empty.
 */
export function summaryFigure(
  table: TableKey,
  cells: ReadonlyArray<Cell | undefined>,
  unit: string,
  name: string | null = null,
): SummaryFigure {
  const found = cells.filter((c): c is Cell => c !== undefined)
  const short = tableNames[table].short
  if (found.length === 0) {
    const label = cells.length === 0 ? `未找到${short}` : `未找到，${short}中没有这一行`
    return { name, state: 'absent', value: null, text: '未找到', href: `#${anchors[table]}`, label }
  }
  const filled = found.filter((c) => c.value !== null)
  const missing = cells.length - filled.length
  const why = found.length === cells.length ? '未填报' : '未填报或未找到'
  const sum = filled.reduce((n, c) => n + c.value!, 0)
  const state: FigureState =
    missing === 0 ? 'value' : filled.length > 0 ? 'partial' : found.every((c) => c.uncertain) ? 'uncertain' : 'blank'
  const text = {
    value: `${formatNumber(sum)} ${unit}`,
    partial: sum > 0 ? `至少 ${formatNumber(sum)} ${unit}（${missing} 项${why}）` : `${missing} 项${why}，其余为 0`,
    blank: '未填报',
    uncertain: '无法确定',
    absent: '未找到',
  }[state]
  const corrected = found.some((c) => c.corrected) ? '（已更正）' : ''
  return {
    name,
    state,
    value: filled.length ? sum : null,
    text,
    href: sourceLineHere(found[0]!.line),
    label: `${text}${corrected}，${linesLabel(found)}`,
  }
}
