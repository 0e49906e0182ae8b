/**
 * Plain-text layouts, as text copied or exported from Word and PDF files reaches us: paragraphs
 * with or without blank lines between them, and tables as tab-separated rows (merged cells left
 * empty), one cell per line (rows apart by a blank line), or `|`-separated rows.
 */
import type { ReportDocument } from '../document.ts'
import type { Random } from '../random.ts'
import { matrix, type Grid } from '../tables.ts'
import { pdftotextTable } from './pdftotext.ts'

/** The table layouts of text files. */
export type TextTables = 'tab' | 'cell-per-line' | 'pipe' | 'pdftotext'

/** Tab-separated rows of the full grid; merged positions are empty cells, trailing ones sometimes dropped. */
function tabRows(grid: Grid, trim: boolean): string[] {
  return matrix(grid).map((row) => {
    const cells = row.map((c) => c.text)
    while (trim && cells.length > 1 && cells[cells.length - 1] === '') cells.pop()
    return cells.join('\t')
  })
}

/** Every cell on its own line (merged cells once), a blank line after each row. */
function cellLines(grid: Grid): string[] {
  return grid.rows.flatMap((row) => [...row.map((c) => c.text), ''])
}

/** `| a | b |` rows of the cells each row starts. */
function pipeRows(grid: Grid): string[] {
  return grid.rows.map((row) => `| ${row.map((c) => c.text).join(' | ')} |`)
}

/** The lines of a table in the given layout. */
export function tableLines(grid: Grid, layout: TextTables, random: Random): string[] {
  switch (layout) {
    case 'tab':
      return tabRows(grid, random.chance(0.5))
    case 'cell-per-line':
      return cellLines(grid)
    case 'pipe':
      return pipeRows(grid)
    case 'pdftotext':
      return pdftotextTable(grid)
  }
}

/** The report as plain text with its tables in `layout`. */
export function renderText(doc: ReportDocument, layout: TextTables, random: Random): string {
  const gap = random.chance(0.7) ? [''] : []
  const indent = layout === 'pdftotext' ? '    ' : random.chance(0.2) ? '\u3000\u3000' : ''
  const lines: string[] = random.chance(0.4) ? ['', ''] : []
  // pdftotext ends a page with its footer and starts the next with a form feed (between blocks here).
  const paged = layout === 'pdftotext' && random.chance(0.7)
  let pageStart = 0
  let page = 1
  let afterTable = false
  for (const block of doc.blocks) {
    // Not right after a table: the engine reads a footer there as more cells of the table's last row (see the report).
    if (paged && lines.length - pageStart >= 46 && !afterTable) {
      lines.push('', `${' '.repeat(40)}- ${page++} -`, '\f')
      pageStart = lines.length
    }
    afterTable = block.kind === 'table'
    if (block.kind === 'table') lines.push('', ...tableLines(block.grid, layout, random), '')
    else if (block.kind === 'para' || block.kind === 'preamble') lines.push(indent + block.text, ...gap)
    else if (block.kind === 'title' || block.kind === 'masthead')
      lines.push(layout === 'pdftotext' ? ' '.repeat(16) + block.text : block.text, ...gap)
    else if (block.kind === 'signature' || block.kind === 'date')
      lines.push(layout === 'pdftotext' ? ' '.repeat(48) + block.text : block.text)
    else lines.push(block.text, ...gap)
  }
  return lines.join('\n').replace(/\f\n/g, '\f') + '\n'
}
