/**
 * blank-cells (info): every value cell of tables 二, 三 and 四 that the template has is filled
 * in. Counts, per table, the cells left blank ("", "-", "/": not reported, never 0), those
 * written but unreadable (text such as "不详", a row with a cell too few), and those missing
 * altogether (a row not found); the cells themselves are flagged one by one while the tables are
 * read (`cell-blank`, `cell-text`, `cell-count`). A table not found is not evaluable here
 * (`missing-table` says so).
 *
 * @example
 *   // passes (fixture complete-2019): 表三 161 of 161 cells filled in
 * @example
 *   // fails (fixture blank-cells-2021): 27 cells of 表三 blank, from line 43
 *   // 43:1 info 表三有 27 个单元格未填报：空白 27 格（视为未填报，不当作 0） blank-cells
 */
import { appealColumns, appealRows, proactiveRows, requestColumns, requestRows } from '../template/labels.ts'
import { tableNames, type TableKey } from '../template/tables.ts'
import type { Cell, TableFormat } from '../types.ts'
import { cellLookup } from './cells.ts'
import { defineRule } from './rule.ts'

const templates = new Map<string, [string, string][]>()

/** The template's value cells of a table as [row, column] pairs (made once per table and format). */
function templateCells(key: TableKey, format: TableFormat | null): [string, string][] {
  const memo = templates.get(`${key}${format}`)
  if (memo) return memo
  const pairs: [string, string][] =
    key === 'appeals'
      ? appealRows.flatMap((row) => appealColumns.map((column): [string, string] => [row, column]))
      : key === 'requests'
        ? requestRows[format!].flatMap(({ row }) => requestColumns.map((column): [string, string] => [row, column]))
        : proactiveRows[format!].flatMap(({ row, columns }) => columns.map((column): [string, string] => [row, column]))
  templates.set(`${key}${format}`, pairs)
  return pairs
}

/** Count the template's cells of each table that are blank, unreadable or missing. */
export const blankCells = defineRule(
  {
    id: 'blank-cells',
    severity: 'info',
    stage: 'check',
    meaning: '统计表中有单元格未填报：空白、写了文字或无法读取、或整行缺失（逐格的说明见 cell-blank、cell-text、cell-count）',
    formula: '已填报的单元格数 = 模板的单元格数',
  },
  (record, emit, _file, { pass, unknown }) => {
    for (const key of ['proactive', 'requests', 'appeals'] as const) {
      const name = tableNames[key].short
      const subject = `${name}的单元格`
      const table = record.tables[key]
      if (!table) {
        unknown({ subject, line: null }, `未找到${name}`)
        continue
      }
      const wanted = templateCells(key, 'format' in table ? table.format : null)
      const at = cellLookup(table.cells)
      const blank: Cell[] = []
      const unreadable: Cell[] = []
      let missing = 0
      for (const [row, column] of wanted) {
        const cell = at(row, column)
        if (!cell) missing++
        else if (cell.value !== null) continue
        else if (cell.uncertain || /[^\s\-—–/／]/.test(cell.raw)) unreadable.push(cell)
        else blank.push(cell)
      }
      const filled = wanted.length - missing - blank.length - unreadable.length
      const first = [...blank, ...unreadable].sort((a, b) => a.line - b.line)[0]
      const measure = { subject, left: filled, right: wanted.length, line: first?.line ?? table.line }
      if (filled === wanted.length) {
        pass(measure)
        continue
      }
      const parts = [
        blank.length ? `空白 ${blank.length} 格（视为未填报，不当作 0）` : '',
        unreadable.length ? `写了文字或无法读取 ${unreadable.length} 格` : '',
        missing ? `整行缺失 ${missing} 格` : '',
      ].filter(Boolean)
      emit(
        `${name}有 ${wanted.length - filled} 个单元格未填报：${parts.join('，')}`,
        { line: first?.line ?? table.line },
        undefined,
        measure,
      )
    }
  },
)
