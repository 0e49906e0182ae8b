/**
 * Turn one labelled row into record cells: align its values to its columns, read each value,
 * and report rows whose cells cannot be aligned, blank cells and fuzzy labels.
 */
import type { VFile } from 'vfile'
import { parseCellValue } from './cell-value.ts'
import { report } from '../diagnostics/report.ts'
import type { Cell, CellToken } from '../types.ts'
import { splitRunTogether } from './label-split.ts'
import { uniqueReading } from './run-together.ts'
import { alignValues } from './align.ts'
import type { StrayRow, StreamRow } from './row-stream.ts'

/** What a table tells about one of its rows. */
export interface RowSpec {
  /** Table name used in messages: 表二, 表三, 表四. */
  table: string
  /** How messages name the row; default 表X「label as written」行. */
  name?: string
  columns: readonly string[]
  /** Unit for a column when the cell does not write one (from the header), else null. */
  unitOf?: (column: string) => string | null
  /** Columns whose unit is kept (money). Other columns get unit null. */
  money?: ReadonlySet<string>
  /** Display columns where each column ends, for space-aligned text (see `learnEdges`). */
  edges?: readonly number[] | null
  /** The table's own arithmetic for one row's values (表三: 总计 = the applicant columns); used to read run-together digits. */
  rowHolds?: (values: number[]) => boolean
}

/** Cells of a row plus whether every cell of it is blank. */
export interface RowCells {
  cells: Cell[]
  allBlank: boolean
}

/** Build the cells of `row` according to `spec`, reporting problems on `file`. */
export function rowCells(row: StreamRow<string>, spec: RowSpec, file: VFile): RowCells {
  const where = { line: row.cell.line, column: row.cell.column }
  const name = spec.name ?? `${spec.table}「${row.cell.text}」行`
  if (!row.exact)
    report(
      file,
      'label-fuzzy',
      'info',
      `${spec.table}第 ${row.cell.line} 行的「${row.cell.text}」按「${row.label}」识别（标签有错字或变体）`,
      where,
    )
  if (row.runTogether) {
    const values = runTogetherValues(row, spec)
    if (!values) {
      report(
        file,
        'row-unreadable',
        'warning',
        `${name}：标签与数字连在一起（「${row.runTogether.text}」），无法可靠拆分，本行不取数`,
        where,
      )
      return { cells: nullCells(row, spec.columns), allBlank: true }
    }
    report(
      file,
      'row-split',
      'info',
      `${name}：标签与数字连在一起（「${row.runTogether.text}」），只有一种拆分符合列数${spec.rowHolds ? '和本行的勾稽关系' : ''}，按 ${values.map((v) => v.text).join('、')} 读取`,
      where,
    )
    row = { ...row, values, runTogether: null }
  }
  const aligned = alignValues(row.values, spec.columns.length, spec.edges)
  if (aligned.status === 'short' || aligned.status === 'long') {
    const written = row.values.map((v) => v.text || '（空）').join(' ')
    const found = row.values.filter((v) => v.text !== '').length
    report(
      file,
      'cell-count',
      'warning',
      `${name}有 ${row.values.length} 个单元格（${found} 个有值），应为 ${spec.columns.length} 个（${spec.columns.join('、')}）：无法确定${aligned.status === 'short' ? '缺少' : '多出'}的是哪一列，本行各列均视为不确定，不取数。原文：${written}`,
      { line: row.values[0]?.line ?? row.cell.line, column: row.values[0]?.column ?? row.cell.column },
    )
    return { cells: nullCells(row, spec.columns), allBlank: false }
  }
  const cells: Cell[] = []
  const blanks: string[] = []
  aligned.cells.forEach((token, i) => {
    const column = spec.columns[i]!
    const parsed = token ? parseCellValue(token.text) : { value: null, unit: null, kind: 'blank' as const }
    const value = parsed.kind === 'number' ? parsed.value : null
    if (parsed.kind === 'blank') blanks.push(column)
    const unit = spec.money?.has(column) ? (parsed.unit ?? spec.unitOf?.(column) ?? null) : null
    const cell: Cell = { row: row.label, column, value, raw: token?.text ?? '', unit, line: token?.line ?? row.cell.line }
    if (parsed.kind === 'text' && token) {
      // Written, but not a number: kept as written, flagged, never shown as a number.
      const message = `${name}「${column}」写的是「${token.text}」，不是数字：视为未填报，原文保留`
      report(file, 'cell-text', 'warning', message, { line: token.line, column: token.column })
      cell.uncertain = { ruleId: 'cell-text', message }
    }
    cells.push(cell)
  })
  const allBlank = blanks.length === spec.columns.length
  if (!allBlank && blanks.length) {
    report(file, 'cell-blank', 'warning', `${name}「${blanks.join('」「')}」${blanks.length > 1 ? '均' : ''}为空，视为未填报`, where)
  }
  return { cells, allBlank }
}

/** The values of a run-together row when its digits admit exactly one reading (run-together.ts), else null. */
function runTogetherValues(row: StreamRow<string>, spec: RowSpec): CellToken[] | null {
  if (!row.runTogether || row.values.some((v) => v.text !== '')) return null
  const label = splitRunTogether(row.runTogether.text)
  return label ? uniqueReading(row.runTogether, label, spec.columns.length, spec.rowHolds ?? (() => true)) : null
}

/** Cells with no value for every column of `row` (uncertain or unreadable). */
function nullCells(row: StreamRow<string>, columns: readonly string[]): Cell[] {
  return columns.map((column) => ({ row: row.label, column, value: null, raw: '', unit: null, line: row.cell.line }))
}

/**
 * `row-unknown`: a label that names no row of the table, with values beside it (a truncated or
 * misspelt label, a row the template does not have): reported at its own line with its text and
 * values, which are not used.
 */
export function reportStrays(strays: readonly StrayRow[], table: string, file: VFile): void {
  for (const { cell, values } of strays) {
    const written = values.map((v) => v.text).join(' ')
    report(
      file,
      'row-unknown',
      'warning',
      `${table}第 ${cell.line} 行的「${cell.text}」不是模板中的行名（可能被截断或有错字），这一行的数值（${written}）未采用：请核对原文；确属某一行时，可在文件头用 corrections 写明该行的数值`,
      { line: cell.line, column: cell.column },
    )
  }
}
