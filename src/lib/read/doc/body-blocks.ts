/**
 * The main text of a .doc → blocks. Word's marks structure it: a paragraph ends with U+000D, a
 * table cell with U+0007 and a row with a U+0007 whose paragraph is a row end (TTP); nested tables
 * end cells and rows with U+000D marks flagged as such. A field shows its result, not its code
 * (U+0013 code U+0014 result U+0015); U+000B line breaks split a paragraph into lines.
 */
import type { Block } from '../blocks.ts'
import { tableBlocks } from '../word/table-blocks.ts'
import { type ParagraphProps, paragraphProps } from './sprms.ts'
import { type RowDraft, gridRows } from './table-grid.ts'
import type { WordBinary } from './word-binary.ts'

/** A table being read: its finished rows and the cells of the open row. */
interface OpenTable {
  rows: RowDraft[]
  cells: Block[][]
  cell: Block[]
}

/** Walking state: the blocks outside tables, the open tables (outermost first), the open paragraph's lines and fields. */
interface Walk {
  out: Block[]
  tables: OpenTable[]
  lines: string[]
  /** Open fields: true once the field's result (after U+0014) is reached. */
  fields: boolean[]
}

const NO_PROPS = paragraphProps(new Uint8Array(0))

/** Where blocks go at table depth `depth`: the open cell of the table around, or the top level. */
function sink(walk: Walk, depth: number): Block[] {
  return depth === 0 ? walk.out : walk.tables[depth - 1].cell
}

/** Close the tables deeper than `depth`, handing each one's blocks to its container. */
function closeTables(walk: Walk, depth: number): void {
  while (walk.tables.length > depth) {
    const table = walk.tables.pop()!
    if (table.cell.length || table.cells.length) table.rows.push({ cells: [...table.cells, table.cell], def: null })
    sink(walk, walk.tables.length).push(...tableBlocks(gridRows(table.rows)))
  }
}

/** The open paragraph's lines as paragraph blocks, emptied. */
function takeLines(walk: Walk): Block[] {
  const blocks = walk.lines.map((text): Block => ({ kind: 'paragraph', text }))
  walk.lines = ['']
  return blocks
}

/** Handle a paragraph mark (`mark` is U+000D or U+0007) with the paragraph's properties. */
function endParagraph(walk: Walk, mark: string, props: ParagraphProps): void {
  const depth = props.itap
  closeTables(walk, depth)
  while (walk.tables.length < depth) walk.tables.push({ rows: [], cells: [], cell: [] })
  const lines = takeLines(walk)
  if (depth === 0) {
    walk.out.push(...lines)
    return
  }
  const table = walk.tables[depth - 1]
  const rowEnd = depth === 1 ? mark === '\x07' && props.ttp : props.innerTtp
  const cellEnd = depth === 1 ? mark === '\x07' && !props.ttp : props.innerCell
  if (rowEnd) {
    table.rows.push({ cells: table.cells, def: props.row })
    table.cells = []
    table.cell = []
  } else {
    table.cell.push(...lines)
    if (cellEnd) {
      table.cells.push(table.cell)
      table.cell = []
    }
  }
}

/** Add one character of running text, unless it is inside a field's code. */
function addChar(walk: Walk, ch: string): void {
  if (walk.fields.some((inResult) => !inResult)) return
  const code = ch.charCodeAt(0)
  if (code === 0x0b || code === 0x0c || code === 0x0e) walk.lines.push('')
  else if (code === 0x1e) walk.lines[walk.lines.length - 1] += '-'
  else if (code === 0x09 || code >= 0x20) walk.lines[walk.lines.length - 1] += ch
}

/** The blocks of a .doc's main text, in reading order. */
export function bodyBlocks(binary: WordBinary): Block[] {
  const walk: Walk = { out: [], tables: [], lines: [''], fields: [] }
  const { text, marks, data } = binary
  for (let cp = 0; cp < text.length; cp++) {
    const ch = text[cp]
    if (ch === '\r' || ch === '\x07') {
      const grpprl = marks.get(cp)
      endParagraph(walk, ch, grpprl ? paragraphProps(grpprl, data) : NO_PROPS)
    } else if (ch === '\x13') walk.fields.push(false)
    else if (ch === '\x14') {
      if (walk.fields.length) walk.fields[walk.fields.length - 1] = true
    } else if (ch === '\x15') walk.fields.pop()
    else addChar(walk, ch)
  }
  endParagraph(walk, '\r', NO_PROPS)
  return walk.out
}
