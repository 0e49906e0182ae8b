/**
 * Table 四 (行政复议、行政诉讼): fifteen numbers, five outcomes for each of 行政复议,
 * 未经复议直接起诉 and 复议后起诉. Flattened text loses the header hierarchy, so values are
 * assigned by position; a layout with one labelled row per group is read row by row.
 */
import type { VFile } from 'vfile'
import { parseCellValue } from './cell-value.ts'
import { matchLabel } from '../template/label-match.ts'
import { appealColumns, appealRows } from '../template/labels.ts'
import type { AppealTable, Cell, CellToken, LineNode } from '../types.ts'
import type { TableRegion } from './locate.ts'
import { rowCells } from './row-cells.ts'
import { isPageFooter } from './label-split.ts'
import { effectiveCells, expandCells, memoClassifier, streamRows, type CellClass, type StreamRow } from './row-stream.ts'
import { appealCaptionIndex, appealColumnIndex, appealGroupIndex } from '../template/vocabulary.ts'
import { tableNames } from '../template/tables.ts'

/** The fifteen positions of the positional layout, as 行政复议·结果维持 … 复议后起诉·总计. */
const positionColumns = appealRows.flatMap((g) => appealColumns.map((c) => `${g}·${c}`))

/** Classify a text cell of table 四 for the row-by-row layout. */
function classify(text: string): CellClass<string> {
  const group = matchLabel(text, appealGroupIndex)
  if (group) return { type: 'row', label: group.label, exact: group.exact }
  const column = matchLabel(text, appealColumnIndex) ?? matchLabel(text, appealCaptionIndex)
  return column ? { type: 'header', label: column.label, exact: column.exact } : null
}

/** `classify`, remembered. */
const classified = memoClassifier(classify)

/** True when every non-empty cell of the line is a value. */
function isValueLine(cells: readonly CellToken[]): boolean {
  return cells.some((c) => c.text !== '') && cells.every((c) => c.text === '' || parseCellValue(c.text).kind !== 'text')
}

/** The value cells of the positional layout: value lines after the last header line. */
function positionalValues(lines: readonly LineNode[]): CellToken[] {
  const values: CellToken[] = []
  for (const line of lines) {
    // A page footer ("- 2 -", "第 2 页") under the figures is not three more cells of the table.
    if (isPageFooter(line.text)) continue
    const cells = expandCells(effectiveCells(line))
    if (!cells.length) continue
    if (isValueLine(cells)) values.push(...cells)
    else if (cells.some((c) => c.text !== '' && classified(c.text, false))) values.length = 0
    else if (cells.length === 1 && cells[0]!.text === '') values.push(cells[0]!)
  }
  return values
}

/** Parse table 四 from its region, or null when no value was found. */
export function parseAppealTable(region: TableRegion, file: VFile): AppealTable | null {
  const line = region.lines[0]!.position.start.line
  const labelled = streamRows(region.lines, classified).filter((r) => r.values.some((v) => v.text !== ''))
  const cells: Cell[] = []
  if (labelled.length >= 2) {
    for (const row of labelled) cells.push(...rowCells(row, { table: tableNames.appeals.short, columns: appealColumns }, file).cells)
    return { line, cells }
  }
  const values = positionalValues(region.lines)
  if (!values.some((v) => v.text !== '')) return null
  while (values.length && values[0]!.text === '' && values.length > 15) values.shift()
  const first = values.find((v) => v.text !== '')!
  const whole: StreamRow<string> = { label: '表四', exact: true, cell: { ...first, text: '表四' }, values, headers: [], runTogether: null }
  const built = rowCells(
    whole,
    { table: tableNames.appeals.short, name: `${tableNames.appeals.short}（十五个数按位置读取）`, columns: positionColumns },
    file,
  )
  for (const cell of built.cells) {
    const [row, column] = cell.column.split('·') as [string, string]
    cells.push({ ...cell, row, column })
  }
  return { line, cells }
}
