/**
 * Line nodes for the markdown blocks remark understands: a GFM table's rows become `grid-row`
 * lines (cells and positions from mdast), a paragraph or heading becomes one `paragraph` line
 * per source line (markup gone, line breaks kept). Other blocks are left to the text reader.
 */
import type { Heading, Paragraph, Table } from 'mdast'
import type { CellToken, LineNode } from '../../types.ts'
import { inlineLines } from './inline-lines.ts'

/** A line node holding no text (an image alone, a setext underline). */
function blankLine(line: number): LineNode {
  return {
    type: 'line',
    text: '',
    cells: [],
    layout: 'plain',
    blank: true,
    position: { start: { line, column: 1 }, end: { line, column: 1 } },
  }
}

/** One `grid-row` line per table row; the delimiter row (`|---|`) has none. */
export function tableLines(table: Table, rows: readonly string[]): LineNode[] {
  const out: LineNode[] = []
  for (const row of table.children) {
    const start = row.position?.start
    if (!start) continue
    const cells: CellToken[] = row.children.map((cell) => {
      const found = inlineLines(cell, rows).get(start.line)
      const text = found?.text ?? ''
      return { text, line: start.line, column: text === '' ? (cell.position?.start.column ?? start.column) : found!.column }
    })
    const first = cells.find((c) => c.text !== '')
    const end = row.position?.end ?? start
    out.push({
      type: 'line',
      text: cells.map((c) => c.text).join('\t'),
      cells,
      layout: 'grid-row',
      blank: first === undefined,
      position: { start: { line: start.line, column: first?.column ?? start.column }, end: { line: end.line, column: end.column } },
    })
  }
  return out
}

/** One `paragraph` line per source line of a paragraph or heading; lines with no text are blank. */
export function proseLines(block: Paragraph | Heading, rows: readonly string[]): LineNode[] {
  const { start, end } = block.position!
  const texts = inlineLines(block, rows)
  const out: LineNode[] = []
  for (let line = start.line; line <= end.line; line++) {
    const found = texts.get(line)
    if (!found || found.text === '') {
      out.push(blankLine(line))
      continue
    }
    const cell: CellToken = { text: found.text, line, column: found.column }
    const stop = (rows[line - 1] ?? '').trimEnd().length + 1
    out.push({
      type: 'line',
      text: found.text,
      cells: [cell],
      layout: 'paragraph',
      blank: false,
      position: { start: { line, column: found.column }, end: { line, column: stop } },
    })
  }
  return out
}
