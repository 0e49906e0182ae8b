/**
 * Tables drawn without ruling lines. A line ending in values (numbers separated by wide gaps)
 * is one table row; the short label lines around it (a label wrapped in its cell, centred on the
 * values) belong to the nearest such line, and so do lines of digits alone just above and below it
 * (a number wrapped in a narrow cell, the label centred between its pieces). Each row becomes a
 * `row` block: its label cells (the pieces of label text one above another joined), then its
 * values placed in the columns that the table's complete rows show, so a blank cell stays a blank
 * cell.
 */
import type { Block } from '../blocks.ts'
import { type Chunk, columnStarts, lineChunks, valueCount } from './chunks.ts'
import { valueColumns, placeValues } from './stream-columns.ts'
import { type TextLine, joinLines } from './text-lines.ts'
import { isBareNumbering } from '../../text/numbering.ts'

/** A line of running text, or the rows of a table found among the lines. */
export type StreamPart = { kind: 'line'; line: TextLine } | { kind: 'rows'; rows: Block[]; top: number }

/** A line with its chunks and how many of them (at the end) are values. */
interface Cut {
  line: TextLine
  chunks: Chunk[]
  values: number
}

/** Whether a line without values is a piece of label text beside the values (left of `edge`). */
function isFragment(cut: Cut, edge: number): boolean {
  return cut.values === 0 && cut.chunks.every((c) => c.x1 < edge) && cut.line.text.length <= 40 && !cut.line.text.includes('。')
}

/** Find borderless tables among a page's lines (top to bottom). */
export function streamTables(lines: readonly TextLine[]): StreamPart[] {
  const cuts: Cut[] = lines.map((line) => {
    const chunks = lineChunks(line)
    return { line, chunks, values: valueCount(chunks) }
  })
  const parts: StreamPart[] = []
  let i = 0
  while (i < cuts.length) {
    const end = regionEnd(cuts, i)
    if (end === i) parts.push({ kind: 'line', line: cuts[i++]!.line })
    else {
      // The first row's label may start on the line above its values (centred in a two-line cell).
      let start = i
      while (start > 0 && parts.at(-1)?.kind === 'line' && labelAbove(cuts[start - 1]!, cuts[start]!, valueEdge(cuts, i, end))) {
        parts.pop()
        start--
      }
      parts.push({ kind: 'rows', rows: regionRows(cuts.slice(start, end)), top: cuts[start]!.line.base - cuts[start]!.line.size })
      i = end
    }
  }
  return parts
}

/** The value chunks of a line (its last `values` chunks). */
const valueChunks = (c: Cut): Chunk[] => c.chunks.slice(c.chunks.length - c.values)

/** The label chunks of a line (those before its values). */
const labelChunks = (c: Cut): Chunk[] => c.chunks.slice(0, c.chunks.length - c.values)

/** The left edge of the values of the lines `from` … `to` (exclusive). */
function valueEdge(cuts: readonly Cut[], from: number, to: number): number {
  return Math.min(...cuts.slice(from, to).flatMap((c) => valueChunks(c).map((v) => v.x0)))
}

/**
 * Whether `above` is the first line of the label of the row `row` (a label fragment less than a
 * line's height above the row's values, as a two-line cell centres them), not text before the table.
 */
function labelAbove(above: Cut, row: Cut, edge: number): boolean {
  return isFragment(above, edge) && row.line.base - above.line.base < 0.8 * row.line.size
}

/** Where a table region starting at `i` ends (exclusive); `i` when no region starts there. */
function regionEnd(cuts: readonly Cut[], i: number): number {
  if (cuts[i]!.values < 2) return i
  let end = i + 1
  let rows = 1
  for (let j = i + 1; j < cuts.length; j++) {
    const edge = valueEdge(cuts, i, j)
    if (cuts[j]!.values >= 1) {
      end = j + 1
      rows++
    } else if (loneDigits(cuts[j]!, edge)) end = j + 1
    else if (!isFragment(cuts[j]!, edge)) break
  }
  return rows >= 2 ? end : i
}

/**
 * Whether a line is a number alone among the values (right of `edge`, where the values start): a
 * piece of a number wrapped in a narrow cell, or nothing the region should stop at.
 */
function loneDigits(cut: Cut, edge: number): boolean {
  return cut.chunks.length === 1 && DIGITS.test(cut.chunks[0]!.text) && cut.chunks[0]!.x0 >= edge - 1
}

/** The rows of one region: each value line with the fragments nearest to it. */
function regionRows(region: readonly Cut[]): Block[] {
  const starts = columnStarts(region.map((c) => c.line))
  const read = region.map((c) => {
    const chunks = lineChunks(c.line, starts)
    return { line: c.line, chunks, values: valueCount(chunks) }
  })
  if (!read.some((c) => c.values > 0)) return read.map((c) => ({ kind: 'row', cells: c.chunks.map((k) => k.text) }))
  // A number alone among the values (which a line of one chunk does not count) may be a piece of a
  // number wrapped in a narrow cell; if it is not, it stays what it was.
  const edge = valueEdge(read, 0, read.length)
  const pieces = read.map((c) => (c.values === 0 && loneDigits(c, edge) ? { ...c, values: 1 } : c))
  const columns = valueColumns(pieces.filter((c) => c.values > 1).map(valueChunks))
  const wrapped = wrappedValueLines(
    pieces.filter((c) => c.values > 0),
    columns,
  )
  const cuts = pieces.map((c, k) => (wrapped.has(c) ? c : read[k]!))
  const anchors = cuts.filter((c) => c.values > 0 && !wrapped.has(c))
  const members = new Map<Cut, Cut[]>(anchors.map((a) => [a, []]))
  for (const cut of cuts) {
    let best = wrapped.get(cut) ?? anchors[0]!
    if (!wrapped.has(cut))
      for (const a of anchors) if (Math.abs(a.line.base - cut.line.base) <= Math.abs(best.line.base - cut.line.base)) best = a
    members.get(best)!.push(cut)
  }
  return anchors.map((a) => {
    const own = members.get(a)!
    const labels = own.flatMap((c) => withNumbersJoined(labelChunks(c)))
    // A value wrapped in its narrow cell: its pieces, top to bottom, joined per column.
    const lines = own.filter((c) => c === a || wrapped.has(c)).sort((x, y) => x.line.base - y.line.base)
    const placed = lines.map((c) => placeValues(valueChunks(c), columns))
    const values = placed.length === 1 ? placed[0]! : placed[0]!.map((_, k) => placed.map((p) => p[k]!).join(''))
    return { kind: 'row', cells: [...labelCells(labels), ...values] }
  })
}

const DIGITS = /^\d+$/

/**
 * Lines that hold the pieces of numbers wrapped in narrow cells (a two-digit 13 written 1 over 3
 * in a column too narrow for both), each with the row they belong to: the row's label stands
 * between them, centred in its two-line cell, less than a line's height from each, and the row has
 * no value of its own in the columns they fill. Each such column needs a piece above the row's line
 * and one below it; else nothing is joined (a row of values without a label stays a row). Besides
 * the pieces, such a line may hold only label text left of the row's values (a group label written
 * down its cell, 「三」 and 「、」 of 三、本年度办理结果, beside the pieces).
 */
function wrappedValueLines(lines: readonly Cut[], columns: readonly number[] | null): Map<Cut, Cut> {
  const wrapped = new Map<Cut, Cut>()
  if (!columns) return wrapped
  const placed = new Map(lines.map((c) => [c, placeValues(valueChunks(c), columns)]))
  const fits = (c: Cut): boolean => placed.get(c)!.length === columns.length
  for (const row of lines) {
    if (row.chunks.length === row.values || !fits(row)) continue // no label, or values not in columns
    const edge = valueChunks(row)[0]!.x0
    const labelsLeft = (c: Cut): boolean => labelChunks(c).every((k) => k.x1 < edge)
    const near = lines.filter(
      (c) =>
        c !== row &&
        labelsLeft(c) &&
        fits(c) &&
        Math.abs(c.line.base - row.line.base) < 0.9 * row.line.size &&
        placed.get(c)!.every((t, k) => t === '' || (DIGITS.test(t) && placed.get(row)![k] === '')),
    )
    const above = near.filter((c) => c.line.base < row.line.base)
    const below = near.filter((c) => c.line.base > row.line.base)
    if (above.length !== 1 || below.length !== 1) continue
    const filled = (c: Cut): number[] => placed.get(c)!.flatMap((t, k) => (t ? [k] : []))
    if (filled(above[0]!).join() !== filled(below[0]!).join()) continue
    for (const c of near) if (!wrapped.has(c)) wrapped.set(c, row)
  }
  return wrapped
}

/** One line's label chunks with each bare item number ("5." "（二）", cut from its label by a wide gap) joined to the chunk after it. */
function withNumbersJoined(chunks: readonly Chunk[]): Chunk[] {
  const out: Chunk[] = []
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!
    const next = chunks[k + 1]
    if (next && isBareNumbering(chunk.text)) {
      out.push({ ...next, text: chunk.text + next.text, x0: chunk.x0 })
      k++
    } else out.push(chunk)
  }
  return out
}

/**
 * Label chunks of one row → cells: chunks one above another (overlapping in x) join, left to
 * right. A chunk under two or more chunks of a line above continues all of them: they were one
 * text cut by a wide gap ("5." and "要求行政机关确认或重新" over "出具已获取信息"), so they join first.
 */
function labelCells(chunks: readonly Chunk[]): string[] {
  let cells: Chunk[] = []
  for (const chunk of chunks) {
    const over = cells.filter((c) => chunk.x0 < c.x1 && c.x0 < chunk.x1).sort((a, b) => a.x0 - b.x0)
    if (over.length === 0) {
      cells.push({ ...chunk })
      continue
    }
    const same = over[0]!
    for (const other of over.slice(1)) {
      same.text += other.text
      same.x1 = Math.max(same.x1, other.x1)
    }
    cells = cells.filter((c) => !over.includes(c) || c === same)
    same.text = joinLines([same.text, chunk.text])
    same.x0 = Math.min(same.x0, chunk.x0)
    same.x1 = Math.max(same.x1, chunk.x1)
  }
  return cells.sort((a, b) => a.x0 - b.x0).map((c) => c.text)
}
