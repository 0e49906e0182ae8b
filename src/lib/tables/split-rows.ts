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
 * A long label may wrap over several lines this way, and the next row's line may open with the
 * rest of the label above ("府信息公开申请2.申请人逾期未按收费通知要  0 0 …", then "求缴纳费用、
 * 行政机关不再", then "处理其政府信息公开申请").
 *
 * Such pieces are joined, but only when the join makes a row label the template knows, exactly (a
 * fuzzy match could be anything), out of one that names nothing; a line whose own label names a
 * row is never taken as a continuation, so a blank row at the top of a page stays a row.
 */
import { stripNumbering } from '../text/numbering.ts'
import { parseCellValue } from './cell-value.ts'
import { isPageFooter, labelParts } from './label-split.ts'
import type { CellClass } from './row-stream.ts'
import type { CellToken, LineNode } from '../types.ts'

type Classify = (text: string, inHeader: boolean) => CellClass<string>

/** Layouts whose cells stand in their columns (a cell's index is its column). */
const columnar = new Set<LineNode['layout']>(['grid-row', 'tab', 'pipe'])

/** A cell holding a number (or another value), not label text. */
const isValue = (cell: CellToken): boolean => cell.text !== '' && parseCellValue(cell.text).kind !== 'text'

/**
 * Whether joining `rest` to the label cell `head` makes an exact row label out of one that names
 * nothing; `above` is the text of a label line just above the row, which may begin that label
 * (the stream joins it to the row in its turn: row-stream.ts).
 */
function makesRow(head: CellToken, rest: CellToken, classify: Classify, above = ''): boolean {
  for (const start of above ? ['', above] : ['']) {
    if (classify(start + head.text, false)?.type === 'row') continue
    const whole = classify(start + head.text + rest.text, false)
    if (whole?.type === 'row' && whole.exact) return true
  }
  return false
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

/** The most lines a wrapped label runs on below the line of its values. */
const maxWrappedLines = 3

/**
 * A row joined with the rest of its label. `taken` following lines were only that rest; `next`,
 * when not null, is the line after them, kept with the rest of the label taken off its start.
 */
interface Joined {
  row: LineNode
  taken: number
  next: LineNode | null
}

/**
 * `row` joined with the rest of its label from the lines after it (`following`, blank lines and
 * page footers left out; see the module comment), else null. Three shapes: a grid row of the same
 * columns holding only label text (each piece joins the cell above it); up to `maxWrappedLines`
 * lines of one piece of text each (a label wrapped below its values, as text without ruling lines
 * lays it out), which join the row's last label cell; and a line opening with that piece before
 * its own label and values ("处理其政府信息公开申请3.其他  0 1 …").
 */
function continued(row: LineNode, following: readonly LineNode[], classify: Classify, above: string): Joined | null {
  const first = row.cells.findIndex(isValue)
  const next = following[0]
  if (first < 0 || !next) return null
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
      taken: 1,
      next: null,
    }
  }
  let label = first - 1
  while (label >= 0 && row.cells[label]!.text === '') label--
  if (label < 0) return null
  const head = row.cells[label]!
  // The label cell before it (a group's, as "(六)其他" before "1.申请人…"), if any.
  let group = label - 1
  while (group >= 0 && row.cells[group]!.text === '') group--
  const joinHead = (rest: string, groupRest = ''): LineNode =>
    withCells(
      row,
      row.cells.map((cell, k) => (k === label ? joinText(cell, rest) : k === group ? joinText(cell, groupRest) : cell)),
    )
  // The first piece may open with the rest of the group's label, cut the same way: "处理 正、行政机关不再处理其政"
  // below "(六)其他 | 1.申请人无正当理由逾期不补". The word before the space then goes back to the group's cell.
  const pieces: string[] = []
  for (const line of following.slice(0, maxWrappedLines)) {
    const lone = loneText(line, classify)
    if (!lone) break
    pieces.push(lone.text)
    const rest = pieces.join('')
    if (makesRow(head, { ...lone, text: rest }, classify, above)) return { row: joinHead(rest), taken: pieces.length, next: null }
    const cut = group >= 0 ? /^(\S+)\s+(\S.*)$/.exec(pieces[0]!) : null
    const afterGroup = cut ? cut[2]! + pieces.slice(1).join('') : ''
    if (cut && makesRow(head, { ...lone, text: afterGroup }, classify, above))
      return { row: joinHead(afterGroup, cut[1]!), taken: pieces.length, next: null }
  }
  const split = splitOff(head, next, classify, above)
  return split ? { row: joinHead(split.rest), taken: 0, next: split.next } : null
}

/**
 * When `next` opens with the rest of `head`'s label and then a row label of its own (in one cell,
 * "处理其政府信息公开申请3.其他", or in two), that rest and `next` without it; else null. The own
 * label may itself be cut short when it is numbered ("2.申请人逾期未按收费通知要": its rest
 * follows on lines of its own, joined when that line is read in turn).
 */
function splitOff(head: CellToken, next: LineNode, classify: Classify, above: string): { rest: string; next: LineNode } | null {
  const at = next.cells.findIndex((c) => c.text !== '')
  const cell = next.cells[at]
  if (!cell || isValue(cell) || classify(cell.text, false)) return null
  const parts = labelParts(cell)
  if (parts.length >= 2) {
    const own = { ...parts[1]!, text: cell.text.slice(parts[1]!.column - cell.column).trim() }
    const numbered = stripNumbering(own.text) !== own.text.replace(/\s+/g, '')
    if (!makesRow(head, parts[0]!, classify, above) || (classify(own.text, false)?.type !== 'row' && !numbered)) return null
    return {
      rest: parts[0]!.text,
      next: withCells(
        next,
        next.cells.map((c, k) => (k === at ? own : c)),
      ),
    }
  }
  const after = next.cells.slice(at + 1).find((c) => c.text !== '')
  if (!after || classify(after.text, false)?.type !== 'row' || !makesRow(head, cell, classify, above)) return null
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
  // The text of the line before, when it is one piece of label text naming no row (it may begin the next row's label).
  let above = ''
  for (let i = 0; i < lines.length; i++) {
    const line = at(i)
    // The next few lines that are neither blank nor a page footer, by index.
    const following: number[] = []
    for (let j = i + 1; j < lines.length && following.length <= maxWrappedLines; j++) if (!between(at(j))) following.push(j)
    const joined = following.length ? continued(line, following.map(at), classify, above) : null
    if (!between(line)) above = joined ? '' : (loneText(line, classify)?.text ?? '')
    if (!joined) {
      out?.push(line)
      continue
    }
    out ??= lines.slice(0, i)
    out.push(joined.row)
    // What stood between the pieces is kept after the row; the last piece taken ends the join.
    const last = joined.taken ? following[joined.taken - 1]! : following[0]! - 1
    for (let k = i + 1; k <= last; k++) if (!following.slice(0, joined.taken).includes(k)) out.push(at(k))
    if (joined.next) {
      changed ??= lines.slice()
      changed[following[0]!] = joined.next
      i = following[0]! - 1
    } else i = last
  }
  return out ?? lines
}
