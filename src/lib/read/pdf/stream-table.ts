/**
 * Tables drawn without ruling lines. A line ending in values (numbers separated by wide gaps)
 * is one table row; the short label lines around it (a label wrapped in its cell, centred on the
 * values) belong to the nearest such line. Each row becomes a `row` block: its label cells (the
 * pieces of label text one above another joined), then its values placed in the columns that the
 * table's complete rows show, so a blank cell stays a blank cell.
 */
import type { Block } from '../blocks.ts'
import { type Chunk, columnStarts, lineChunks, valueCount } from './chunks.ts'
import { valueColumns, placeValues } from './stream-columns.ts'
import { type TextLine, joinLines } from './text-lines.ts'

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
      parts.push({ kind: 'rows', rows: regionRows(cuts.slice(i, end)), top: cuts[i]!.line.base - cuts[i]!.line.size })
      i = end
    }
  }
  return parts
}

/** Where a table region starting at `i` ends (exclusive); `i` when no region starts there. */
function regionEnd(cuts: readonly Cut[], i: number): number {
  if (cuts[i]!.values < 2) return i
  let end = i + 1
  let rows = 1
  for (let j = i + 1; j < cuts.length; j++) {
    const edge = Math.min(...cuts.slice(i, j).flatMap((c) => c.chunks.slice(c.chunks.length - c.values).map((v) => v.x0)))
    if (cuts[j]!.values >= 1) {
      end = j + 1
      rows++
    } else if (!isFragment(cuts[j]!, edge)) break
  }
  return rows >= 2 ? end : i
}

/** The rows of one region: each value line with the fragments nearest to it. */
function regionRows(region: readonly Cut[]): Block[] {
  const starts = columnStarts(region.map((c) => c.line))
  const cuts = region.map((c) => {
    const chunks = lineChunks(c.line, starts)
    return { line: c.line, chunks, values: valueCount(chunks) }
  })
  const anchors = cuts.filter((c) => c.values > 0)
  if (anchors.length === 0) return cuts.map((c) => ({ kind: 'row', cells: c.chunks.map((k) => k.text) }))
  const members = new Map<Cut, Cut[]>(anchors.map((a) => [a, []]))
  for (const cut of cuts) {
    let best = anchors[0]!
    for (const a of anchors) if (Math.abs(a.line.base - cut.line.base) <= Math.abs(best.line.base - cut.line.base)) best = a
    members.get(best)!.push(cut)
  }
  const columns = valueColumns(anchors.map((a) => a.chunks.slice(a.chunks.length - a.values)))
  return anchors.map((a) => {
    const labels = members.get(a)!.flatMap((c) => c.chunks.slice(0, c.chunks.length - c.values))
    const values = placeValues(a.chunks.slice(a.chunks.length - a.values), columns)
    return { kind: 'row', cells: [...labelCells(labels), ...values] }
  })
}

/** Label chunks of one row → cells: chunks one above another (overlapping in x) join, left to right. */
function labelCells(chunks: readonly Chunk[]): string[] {
  const cells: Chunk[] = []
  for (const chunk of chunks) {
    const same = cells.find((c) => chunk.x0 < c.x1 && c.x0 < chunk.x1)
    if (same) {
      same.text = joinLines([same.text, chunk.text])
      same.x0 = Math.min(same.x0, chunk.x0)
      same.x1 = Math.max(same.x1, chunk.x1)
    } else cells.push({ ...chunk })
  }
  return cells.sort((a, b) => a.x0 - b.x0).map((c) => c.text)
}
