/**
 * A table row broken in two: Word, WPS and LibreOffice let a row run over a page break, so a PDF
 * made from them holds the row's first lines (labels cut short, with the values) at the foot of
 * one page and the rest of its label cells (no values) at the top of the next:
 *
 *   （六）其 | 1.申请人无正当理由逾期不补         | 0 | 0 | … (page 4)
 *   他处理   | 正、行政机关不再处理其政府信息公开申请 |   |   | … (page 5)
 *
 * Such a pair is joined cell by cell, but only when the join makes a row label the template
 * knows, exactly (a fuzzy match could be anything), out of one that names nothing; a line whose own label names a row is never taken as a
 * continuation, so a blank row at the top of a page stays a row.
 */
import { parseCellValue } from './cell-value.ts'
import { isPageFooter } from './label-split.ts'
import type { CellClass } from './row-stream.ts'
import type { CellToken, LineNode } from '../types.ts'

type Classify = (text: string, inHeader: boolean) => CellClass<string>

/** Layouts whose cells stand in their columns (a cell's index is its column). */
const columnar = new Set<LineNode['layout']>(['grid-row', 'tab', 'pipe'])

/** A cell holding a number (or another value), not label text. */
const isValue = (cell: CellToken): boolean => cell.text !== '' && parseCellValue(cell.text).kind !== 'text'

/** Whether `next` is the rest of `row`'s label cells (see the module comment). */
function continues(row: LineNode, next: LineNode, classify: Classify): boolean {
  if (!columnar.has(row.layout) || next.layout !== row.layout || row.cells.length !== next.cells.length) return false
  if (!row.cells.some(isValue)) return false
  let joinsToRow = false
  for (let k = 0; k < next.cells.length; k++) {
    const rest = next.cells[k]!
    if (rest.text === '') continue
    const head = row.cells[k]!
    // Every filled cell continues a label cell of the row above; none is a value or names a row itself.
    if (head.text === '' || isValue(head) || isValue(rest) || classify(rest.text, false)?.type === 'row') return false
    if (classify(head.text, false)?.type === 'row') continue
    const whole = classify(head.text + rest.text, false)
    if (whole?.type === 'row' && whole.exact) joinsToRow = true
  }
  return joinsToRow
}

/** `row` with `next`'s cell texts appended to its own (the row keeps its line: its values stand there). */
function joined(row: LineNode, next: LineNode): LineNode {
  const cells = row.cells.map((cell, k) => {
    const rest = next.cells[k]!.text
    return rest ? { ...cell, text: cell.text + rest } : cell
  })
  return { ...row, cells, text: cells.map((c) => c.text).join('\t') }
}

/** Blank lines and page footers, which may stand between a row's two parts. */
const between = (line: LineNode): boolean => line.blank || isPageFooter(line.text)

/** The lines with each row broken over a page joined again (what stood between them kept after it); the same array when none was. */
export function joinSplitRows(lines: readonly LineNode[], classify: Classify): readonly LineNode[] {
  let out: LineNode[] | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    let j = i + 1
    while (j < lines.length && between(lines[j]!)) j++
    const next = lines[j]
    if (next && continues(line, next, classify)) {
      out ??= lines.slice(0, i)
      out.push(joined(line, next), ...lines.slice(i + 1, j))
      i = j
    } else out?.push(line)
  }
  return out ?? lines
}
