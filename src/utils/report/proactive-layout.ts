/**
 * Table 二 in the official layout of its own format: one block per 第二十条第（X）项, each with
 * its header row (信息内容 + the block's columns) and its rows. 2019 and 2021 labels are kept
 * exactly as the record has them; a 2019 table is never relabelled to look like 2021.
 */
import { proactiveRows } from '../../lib/template/labels.ts'
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { Cell, FormattedTable } from '../../lib/types.ts'

/** Value columns of the widest block: narrower blocks stretch their last column. */
export const proactiveWidth = 3

/** A column header or value of a block, with how many table columns it spans. */
export interface ProactiveColumn {
  column: string
  colspan: number
}

/** One row of a block: its label and its cells in column order. */
export interface ProactiveLine {
  row: string
  cells: Array<ProactiveColumn & { cell: Cell | undefined }>
}

/** One 第二十条第（X）项 block. */
export interface ProactiveBlock {
  item: string
  columns: ProactiveColumn[]
  rows: ProactiveLine[]
}

/** Spread `columns` over `proactiveWidth`: the last one takes what is left. */
function spans(columns: readonly string[]): ProactiveColumn[] {
  return columns.map((column, i) => ({ column, colspan: i === columns.length - 1 ? proactiveWidth - i : 1 }))
}

/** The blocks of a table 二, in template order, with the record's cells placed. */
export function proactiveBlocks(table: Pick<FormattedTable, 'format' | 'cells'>): ProactiveBlock[] {
  const cellAt = cellLookup(table.cells)
  const blocks: ProactiveBlock[] = []
  for (const r of proactiveRows[table.format]) {
    let block = blocks.at(-1)
    if (!block || block.item !== r.item) blocks.push((block = { item: r.item, columns: spans(r.columns), rows: [] }))
    block.rows.push({ row: r.row, cells: spans(r.columns).map((c) => ({ ...c, cell: cellAt(r.row, c.column) })) })
  }
  return blocks
}
