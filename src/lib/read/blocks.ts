/**
 * The common output of the readers of binary documents (PDF, Word): blocks of running text and
 * table rows, laid out as the text the source view shows (a paragraph per line, a row's cells
 * joined by tabs, a marker line where a page begins) with the line tree pointing into it.
 */
import type { CellToken, LineNode } from '../types.ts'

/** What a document reader found, in reading order. */
export type Block =
  | { kind: 'paragraph'; text: string }
  /**
   * One row of a table grid with spans expanded: a spanning cell's text once, the slots it
   * covers ''. `covered[i]` marks slot i as covered by the colspan of a cell to its left.
   */
  | { kind: 'row'; cells: string[]; covered?: readonly boolean[] }
  /** A page begins (PDF). */
  | { kind: 'page'; number: number }

/** The source text of a document and its line tree. */
export interface BlockSource {
  text: string
  lines: LineNode[]
  /** The 1-based line of each page's marker line, in page order; empty when the source has no pages. */
  pageStarts: number[]
}

/** The marker line that stands for the start of page `n` in the source view. */
export function pageMarker(n: number): string {
  return `〔第 ${n} 页〕`
}

/** Text fit for one line of the source: line breaks and tabs become spaces, runs of spaces one. */
function oneLine(text: string): string {
  return text
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** Lay out `blocks` as source text and line nodes (see the module comment). */
export function blocksToSource(blocks: readonly Block[]): BlockSource {
  const rows: string[] = []
  const lines: LineNode[] = []
  const pageStarts: number[] = []
  for (const block of blocks) {
    const number = rows.length + 1
    if (block.kind === 'page') {
      pageStarts.push(number)
      rows.push(pageMarker(block.number))
    } else if (block.kind === 'paragraph') {
      const text = oneLine(block.text)
      if (!text) continue
      rows.push(text)
      const cell: CellToken = { text, line: number, column: 1 }
      lines.push({
        type: 'line',
        text,
        cells: [cell],
        layout: 'paragraph',
        blank: false,
        position: { start: { line: number, column: 1 }, end: { line: number, column: text.length + 1 } },
      })
    } else {
      const texts = block.cells.map(oneLine)
      if (texts.every((t) => t === '')) continue
      const cells: CellToken[] = []
      let column = 1
      texts.forEach((text, i) => {
        cells.push(block.covered?.[i] ? { text, line: number, column, covered: true } : { text, line: number, column })
        column += text.length + 1
      })
      const text = texts.join('\t')
      rows.push(text)
      lines.push({
        type: 'line',
        text,
        cells,
        layout: 'grid-row',
        blank: false,
        position: { start: { line: number, column: 1 }, end: { line: number, column: text.length + 1 } },
      })
    }
  }
  return { text: rows.join('\n') + '\n', lines, pageStarts }
}
