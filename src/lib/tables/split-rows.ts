/**
 * A table row broken in two: Word, WPS and LibreOffice let a row run over a page break, so a PDF
 * made from them holds the row's first lines (labels cut short, with the values) at the foot of
 * one page and the rest of its label cells (no values) at the top of the next:
 *
 *   （六）其 | 1.申请人无正当理由逾期不补         | 0 | 0 | … (page 4)
 *   他处理   | 正、行政机关不再处理其政府信息公开申请 |   |   | … (page 5)
 *
 * A table without ruling lines, read from its text, shows the same when a label wraps below the
 * line of its values ("5.要求行政机关确认或重新出  0 0 …" then "具已获取信息").
 *
 * Such a pair is joined, but only when the join makes a row label the template knows, exactly (a
 * fuzzy match could be anything), out of one that names nothing; a line whose own label names a
 * row is never taken as a continuation, so a blank row at the top of a page stays a row.
 */
import { parseCellValue } from './cell-value.ts'
import { isPageFooter, labelParts } from './label-split.ts'
import type { CellClass } from './row-stream.ts'
import type { CellToken, LineNode } from '../types.ts'

type Classify = (text: string, inHeader: boolean) => CellClass<string>

/** Layouts whose cells stand in their columns (a cell's index is its column). */
const columnar = new Set<LineNode['layout']>(['grid-row', 'tab', 'pipe'])

/** A cell holding a number (or another value), not label text. */
const isValue = (cell: CellToken): boolean => cell.text !== '' && parseCellValue(cell.text).kind !== 'text'

/** Whether joining `rest` to the label cell `head` makes an exact row label out of one that names nothing. */
function makesRow(head: CellToken, rest: CellToken, classify: Classify): boolean {
  if (classify(head.text, false)?.type === 'row') return false
  const whole = classify(head.text + rest.text, false)
  return whole?.type === 'row' && whole.exact
}

/** `next`'s only filled cell when it is label text that names no row itself, else null. */
function loneText(next: LineNode, classify: Classify): CellToken | null {
  let lone: CellToken | null = null
  for (const cell of next.cells) {
    if (cell.text === '') continue
    if (lone || isValue(cell)) return null
    lone = cell
  }
  return lone && classify(lone.text, false)?.type !== 'row' ? lone : null
}

/** A row joined with the rest of its label; `next` is the following line, kept with the rest of the label taken off, or null when it was only that rest. */
interface Joined {
  row: LineNode
  next: LineNode | null
}

/**
 * `row` joined with the rest of its label from `next` (see the module comment), else null. Three
 * shapes: a grid row of the same columns holding only label text (each piece joins the cell above
 * it); a line of one piece of text (a label wrapped below its values, as text without ruling lines
 * lays it out), which joins the row's last label cell; and a line opening with that piece before
 * its own label and values ("处理其政府信息公开申请3.其他  0 1 …").
 */
function continued(row: LineNode, next: LineNode, classify: Classify): Joined | null {
  const first = row.cells.findIndex(isValue)
  if (first < 0) return null
  if (columnar.has(row.layout) && next.layout === row.layout && row.cells.length === next.cells.length && !next.cells.some(isValue)) {
    let joinsToRow = false
    for (let k = 0; k < next.cells.length; k++) {
      const rest = next.cells[k]!
      if (rest.text === '') continue
      const head = row.cells[k]!
      // Every filled cell continues a label cell of the row above; none names a row itself.
      if (head.text === '' || isValue(head) || classify(rest.text, false)?.type === 'row') return null
      if (makesRow(head, rest, classify)) joinsToRow = true
    }
    if (!joinsToRow) return null
    return {
      row: withCells(
        row,
        row.cells.map((cell, k) => joinText(cell, next.cells[k]!.text)),
      ),
      next: null,
    }
  }
  let label = first - 1
  while (label >= 0 && row.cells[label]!.text === '') label--
  if (label < 0) return null
  const head = row.cells[label]!
  const joinHead = (rest: string): LineNode =>
    withCells(
      row,
      row.cells.map((cell, k) => (k === label ? joinText(cell, rest) : cell)),
    )
  const lone = loneText(next, classify)
  if (lone) return makesRow(head, lone, classify) ? { row: joinHead(lone.text), next: null } : null
  const split = splitOff(head, next, classify)
  return split ? { row: joinHead(split.rest), next: split.next } : null
}

/**
 * When `next` opens with the rest of `head`'s label and then a row label of its own (in one cell,
 * "处理其政府信息公开申请3.其他", or in two), that rest and `next` without it; else null.
 */
function splitOff(head: CellToken, next: LineNode, classify: Classify): { rest: string; next: LineNode } | null {
  const at = next.cells.findIndex((c) => c.text !== '')
  const cell = next.cells[at]
  if (!cell || isValue(cell) || classify(cell.text, false)) return null
  const parts = labelParts(cell)
  if (parts.length >= 2) {
    const own = { ...parts[1]!, text: cell.text.slice(parts[1]!.column - cell.column).trim() }
    if (!makesRow(head, parts[0]!, classify) || classify(own.text, false)?.type !== 'row') return null
    return {
      rest: parts[0]!.text,
      next: withCells(
        next,
        next.cells.map((c, k) => (k === at ? own : c)),
      ),
    }
  }
  const after = next.cells.slice(at + 1).find((c) => c.text !== '')
  if (!after || classify(after.text, false)?.type !== 'row' || !makesRow(head, cell, classify)) return null
  return {
    rest: cell.text,
    next: withCells(
      next,
      next.cells.map((c, k) => (k === at ? { ...c, text: '' } : c)),
    ),
  }
}

/** `cell` with `rest` appended to its text. */
const joinText = (cell: CellToken, rest: string): CellToken => (rest ? { ...cell, text: cell.text + rest } : cell)

/** `row` with new cells (it keeps its line: its values stand there). */
const withCells = (row: LineNode, cells: CellToken[]): LineNode => ({ ...row, cells, text: cells.map((c) => c.text).join('\t') })

/** Blank lines and page footers, which may stand between a row's two parts. */
const between = (line: LineNode): boolean => line.blank || isPageFooter(line.text)

/** The lines with each row broken over a page joined again (what stood between them kept after it); the same array when none was. */
export function joinSplitRows(lines: readonly LineNode[], classify: Classify): readonly LineNode[] {
  // A following line that gave up the start of its text is read again from the copy.
  let changed: LineNode[] | null = null
  let out: LineNode[] | null = null
  const at = (k: number): LineNode => (changed ?? lines)[k]!
  for (let i = 0; i < lines.length; i++) {
    const line = at(i)
    let j = i + 1
    while (j < lines.length && between(at(j))) j++
    const joined = j < lines.length ? continued(line, at(j), classify) : null
    if (!joined) {
      out?.push(line)
      continue
    }
    out ??= lines.slice(0, i)
    out.push(joined.row)
    for (let k = i + 1; k < j; k++) out.push(at(k))
    if (joined.next) {
      changed ??= lines.slice()
      changed[j] = joined.next
      i = j - 1
    } else i = j
  }
  return out ?? lines
}
