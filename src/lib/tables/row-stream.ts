/**
 * Read a table region as a stream of cells and cut it into labelled rows. A row starts at a
 * cell that names a row; the value cells after it (blanks included) belong to it until the
 * next row label. This works the same for tab rows, one cell per line, pipe rows, space-aligned
 * text and HTML rows. Header cells met between rows are kept for the rows that follow.
 */
import { parseCellValue, splitValueRun } from './cell-value.ts'
import { isPageFooter, labelParts, labelThenValues, spacedWords, splitRunTogether } from './label-split.ts'
import type { CellToken, LineNode } from '../types.ts'
import { joinSplitRows } from './split-rows.ts'

/** What the table-specific classifier says a non-value cell is. */
export type CellClass<L extends string> =
  { type: 'row'; label: L; exact: boolean } | { type: 'header'; label: string; exact: boolean } | { type: 'group' } | null

/** A labelled row and the value cells that followed it. */
export interface StreamRow<L extends string> {
  label: L
  exact: boolean
  cell: CellToken
  values: CellToken[]
  /** Header cells (in order) seen since the previous row. */
  headers: { label: string; exact: boolean; cell: CellToken }[]
  /** A cell where label and numbers ran together ("规章000"): the row cannot be read. */
  runTogether: CellToken | null
}

/** How a table classifies a text cell (`inHeader`: no row has started yet). */
export type Classifier<L extends string> = (text: string, inHeader: boolean) => CellClass<L>

/** Memo bound: the same labels recur in every report, other text is seldom seen twice. */
const classMemoLimit = 20_000

/**
 * `classify` remembered per text and header state: a table asks about the same labels on every
 * line and in every report, and each answer takes several label look-ups. Its answers are never
 * changed by callers, so one object may be handed out again.
 */
export function memoClassifier<L extends string>(classify: Classifier<L>): Classifier<L> {
  const memos = [new Map<string, CellClass<L>>(), new Map<string, CellClass<L>>()]
  return (text, inHeader) => {
    const memo = memos[inHeader ? 1 : 0]!
    const known = memo.get(text)
    if (known !== undefined) return known
    const kind = classify(text, inHeader)
    if (memo.size >= classMemoLimit) memo.clear()
    memo.set(text, kind)
    return kind
  }
}

/** A text cell that names no row of the template but has values beside it (a truncated or misspelt label). */
export interface StrayRow {
  cell: CellToken
  values: CellToken[]
}

/**
 * Cut the region's lines into rows, asking `classify` what each text cell is. A label that names
 * no row but stands on a line with values (after a complete row, not as its wrapped label) is put
 * in `strays` with those values, never given to the row before it.
 */
export function streamRows<L extends string>(
  lines: readonly LineNode[],
  classify: (text: string, inHeader: boolean) => CellClass<L>,
  strays: StrayRow[] = [],
): StreamRow<L>[] {
  const rows: StreamRow<L>[] = []
  let stray: StrayRow | null = null
  let current: StreamRow<L> | null = null
  let headers: StreamRow<L>['headers'] = []
  // Blank cells since the last value; emptied in place (its cells are copied wherever they go).
  const pendingBlanks: CellToken[] = []
  let dangling: CellToken | null = null
  // After a group label (（三）不予公开): values there are the group's own subtotal when the row
  // before already has its values; they belong to that row only when its label wrapped.
  let afterGroup = false
  const startRow = (label: L, exact: boolean, cell: CellToken, runTogether: CellToken | null = null): void => {
    // A row label followed on its line by another row's label, with no value or blank cell between,
    // was a group's label cut short that happens to read as a row ("(六)其他" of (六)其他处理, before
    // "1.申请人…"): it is dropped.
    const before = current as StreamRow<L> | null
    const sameLine = before !== null && before.cell.line === cell.line && before.cell.column < cell.column
    if (sameLine && rows.at(-1) === before && before.values.length === 0 && pendingBlanks.length === 0) rows.pop()
    current = { label, exact, cell, values: [], headers, runTogether }
    rows.push(current)
    headers = []
    pendingBlanks.length = 0
    dangling = null
    afterGroup = false
  }
  /** Handle a text cell: a row label, a header, a group label, a label fragment or noise. */
  const text = (piece: CellToken, splittable: boolean): void => {
    const inHeader = rows.length === 0
    const spaced = splittable ? labelThenValues(piece) : null
    if (spaced) {
      const before = rows.length
      text(spaced.label, true)
      const row = current as StreamRow<L> | null
      // A new row takes the values; so does a row whose label wrapped onto this line.
      if (row && (rows.length > before || row.values.length === 0)) row.values.push(...spaced.values)
      return
    }
    const joined = dangling ? { ...dangling, text: dangling.text + piece.text } : null
    const kind = classify(piece.text, inHeader) ?? (joined ? classify(joined.text, inHeader) : null)
    if (kind?.type === 'row') return startRow(kind.label, kind.exact, piece)
    if (kind?.type === 'header') return void headers.push({ label: kind.label, exact: kind.exact, cell: piece })
    if (kind?.type === 'group') {
      dangling = null
      afterGroup = true
      return
    }
    const parts = splittable ? labelParts(piece) : []
    if (parts.length > 1) return parts.forEach((part) => text(part, false))
    const words = splittable ? spacedWords(piece) : []
    if (words.some((w) => classify(w.text, inHeader))) return words.forEach((word) => text(word, false))
    const run = splitRunTogether(piece.text)
    const runKind = run ? classify(run, inHeader) : null
    if (runKind?.type === 'row') startRow(runKind.label, runKind.exact, piece, piece)
    else dangling = joined ?? piece
  }
  for (const line of joinSplitRows(lines, classify)) {
    stray = null
    if (isPageFooter(line.text)) continue
    if (rows.length && isRepeatedHeader(line, classify)) continue
    const cells = effectiveCells(line)
    const expanded = expandCells(cells)
    const debris = labelColumnDebris(expanded, current)
    for (const cell of expanded) {
      if (cell.covered || cell === debris) continue
      if (cell.text === '') {
        pendingBlanks.push(cell)
        continue
      }
      if (parseCellValue(cell.text).kind !== 'text') {
        const row = current as StreamRow<L> | null
        const lineNo = line.position.start.line
        // An unknown label on this line, after a row that already has its values (or a group label): a stray row.
        const d = dangling as CellToken | null
        if (!stray && d && d.line === lineNo && (!row || afterGroup || (row.values.length > 0 && row.cell.line !== lineNo))) {
          stray = { cell: d, values: [] }
          strays.push(stray)
          dangling = null
        }
        if (stray) {
          stray.values.push(cell)
          pendingBlanks.length = 0
          continue
        }
        if (afterGroup && row && row.values.length === 0) afterGroup = false
        if (row && !afterGroup) pushAll(row.values, pendingBlanks, cell)
        pendingBlanks.length = 0
        dangling = null
        continue
      }
      // Words written where a number belongs ("不详", "暂无") are that cell's text: kept (and flagged), never lost.
      const row = current as StreamRow<L> | null
      if (row && !afterGroup && row.cell.line === line.position.start.line && isValueText(cell.text) && !classify(cell.text, false)) {
        pushAll(row.values, pendingBlanks, cell)
        pendingBlanks.length = 0
        dangling = null
        continue
      }
      pendingBlanks.length = 0
      stray = null
      text(cell, true)
    }
    if (cells.length >= 2) {
      const row = current as StreamRow<L> | null
      if (row && !afterGroup && pendingBlanks.length && row.values.at(-1)?.line === line.position.start.line)
        pushAll(row.values, pendingBlanks)
      pendingBlanks.length = 0
    }
  }
  return rows
}

/**
 * A mark that reads as "not filled" (、 - /) opening a line whose next filled cell is label text,
 * after a row whose values stand on an earlier line: a piece of a label written down the first
 * column one character a line ("三、本年度办理结果" in a table without lines), not a value of
 * that row. Null when the line opens otherwise.
 */
function labelColumnDebris<L extends string>(cells: readonly CellToken[], row: StreamRow<L> | null): CellToken | null {
  const last = row?.values.at(-1)
  if (!last) return null
  // The first two filled cells, without a temporary array (this runs for every line of a table).
  let mark: CellToken | null = null
  let next: CellToken | null = null
  for (const c of cells) {
    if (c.text === '' || c.covered) continue
    if (mark) {
      next = c
      break
    }
    mark = c
  }
  if (!mark || !next || last.line >= mark.line) return null
  return parseCellValue(mark.text).kind === 'blank' && parseCellValue(next.text).kind === 'text' ? mark : null
}

/** Append `cells` and then `last`, if given, to `values` (a loop: a spread call copies its arguments first). */
function pushAll(values: CellToken[], cells: readonly CellToken[], last?: CellToken): void {
  for (const c of cells) values.push(c)
  if (last) values.push(last)
}

/**
 * Text that stands in a value cell, not a piece of a label: short, not opening a bracket or a
 * numbered item (which continue or start labels), not a run of label and digits.
 */
function isValueText(text: string): boolean {
  return text.length <= 12 && !/^[（(【\[]/.test(text) && !/^\d{1,2}\s*[.．、]/.test(text) && !splitRunTogether(text)
}

/**
 * A header row repeated inside a table (a PDF table continued on the next page with its
 * header row repeated, a web table split in two): at least two cells, every one a header word
 * (自然人 … 其他, 总计), none a value. Read as rows, 其他 and 总计 would become the rows of those names.
 */
function isRepeatedHeader<L extends string>(line: LineNode, classify: (text: string, inHeader: boolean) => CellClass<L>): boolean {
  if (filledCount(line.cells) < 2) return false
  for (const c of line.cells)
    if (c.text !== '' && !(parseCellValue(c.text).kind === 'text' && classify(c.text, true)?.type === 'header')) return false
  return true
}

/** How many cells hold text. */
function filledCount(cells: readonly CellToken[]): number {
  let n = 0
  for (const c of cells) if (c.text !== '') n++
  return n
}

/**
 * The cells of a line that count: a line with at most one non-empty cell is a one-cell line
 * (its empty cells are indentation), so "\t0" is the single cell "0" and "\t" one blank cell.
 */
export function effectiveCells(line: LineNode): CellToken[] {
  const filled = filledCount(line.cells)
  if (filled >= 2) return line.cells
  if (filled === 1) return [line.cells.find((c) => c.text !== '')!]
  return line.cells.length && line.layout !== 'plain' ? [line.cells[0]!] : []
}

/** Split cells that hold several space-separated values ("0 0 0") into one token each. */
export function expandCells(cells: readonly CellToken[]): CellToken[] {
  if (!cells.some((c) => c.text.includes(' '))) return cells as CellToken[]
  const out: CellToken[] = []
  for (const cell of cells) {
    const run = cell.text.includes(' ') ? splitValueRun(cell.text) : null
    if (!run) {
      out.push(cell)
      continue
    }
    let offset = 0
    for (const part of run) {
      const at = Math.max(cell.text.indexOf(part, offset), 0)
      out.push({
        text: part,
        line: cell.line,
        column: cell.column + at,
        x: cell.x === undefined ? undefined : cell.x - (cell.text.length - at - part.length),
      })
      offset = at + part.length
    }
  }
  return out
}
