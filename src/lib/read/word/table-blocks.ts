/**
 * Word tables → blocks, the same grid the HTML reader makes: one `row` block per table row,
 * spans expanded (a merged cell's text once, the grid slots it covers ''). A row whose cells
 * hold a nested table, or an article (a page laid out in a one-cell table), is not a data row:
 * its cells' paragraphs and nested rows are given in order instead, as the HTML reader does.
 */
import type { Block } from '../blocks.ts'

/** One cell of a Word table row as stored. */
export interface WordCell {
  /** The cell's paragraphs (`paragraph` blocks) and nested tables' rows, in document order. */
  content: Block[]
  /** Grid columns the cell spans (gridSpan, or its width in a .doc). */
  span: number
  /** True for the lower parts of a vertical merge and the right parts of a legacy horizontal merge. */
  covered: boolean
}

/** One table row: the grid columns skipped before its first cell, then its cells. */
export interface WordRow {
  before: number
  cells: WordCell[]
}

/** A cell holding this many paragraphs and characters is an article, not a table cell (as in the HTML reader). */
const articleParagraphs = 2
const articleChars = 200

/** Whether `ch` is a CJK or full-width character (no space is put between two paragraphs joined at one). */
function wide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80
}

/** Join the paragraphs of a cell: directly next to CJK text, with a space between other words. */
export function joinParagraphs(texts: readonly string[]): string {
  let out = ''
  for (const raw of texts) {
    const text = raw.trim()
    if (!text) continue
    out += out && !wide(out[out.length - 1]) && !wide(text[0]) ? ` ${text}` : text
  }
  return out
}

/** The text of a cell: its paragraphs joined. */
function cellText(cell: WordCell): string {
  return joinParagraphs(cell.content.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])))
}

/** Whether a row is page layout rather than data: a cell holds a nested table or an article. */
function isLayout(row: WordRow): boolean {
  return row.cells.some((cell) => {
    if (cell.covered) return false
    if (cell.content.some((b) => b.kind === 'row')) return true
    const paragraphs = cell.content.filter((b) => b.kind === 'paragraph')
    return (
      paragraphs.length >= articleParagraphs &&
      paragraphs.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.length : 0), 0) > articleChars
    )
  })
}

/** The grid row of a data row: '' for skipped and covered slots, a spanning cell's text once; the slots a gridSpan covers are marked. */
function gridRow(row: WordRow): Block {
  const cells: string[] = Array<string>(Math.max(0, row.before)).fill('')
  const covered: boolean[] = cells.map(() => false)
  for (const cell of row.cells) {
    cells.push(cell.covered ? '' : cellText(cell))
    covered.push(false)
    for (let k = 1; k < cell.span; k++) {
      cells.push('')
      covered.push(true)
    }
  }
  return { kind: 'row', cells, covered }
}

/** The blocks of one table, in order (see the module comment). */
export function tableBlocks(rows: readonly WordRow[]): Block[] {
  const blocks: Block[] = []
  for (const row of rows) {
    if (isLayout(row)) {
      for (const cell of row.cells) if (!cell.covered) blocks.push(...cell.content)
    } else blocks.push(gridRow(row))
  }
  return blocks
}
