/**
 * Table 二 (主动公开政府信息情况): rows by label, columns per block from the block's own
 * header where it has one (else the template's), format decided by the table's own labels.
 */
import type { VFile } from 'vfile'
import { report } from '../diagnostics/report.ts'
import { matchLabel } from '../template/label-match.ts'
import { labelKey } from '../template/label-text.ts'
import { moneyColumns, proactiveRows } from '../template/labels.ts'
import type { Cell, FormattedTable, TableFormat } from '../types.ts'
import type { TableRegion } from './locate.ts'
import { learnEdges } from './align.ts'
import { reportStrays, rowCells } from './row-cells.ts'
import { memoClassifier, streamRows, type CellClass, type StrayRow, type StreamRow } from './row-stream.ts'
import { proactiveColumnIndex, proactiveRowIndex } from '../template/vocabulary.ts'
import { tableNames } from '../template/tables.ts'

const signs2019 = new Set([
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '采购项目数量',
  '采购总金额',
  '其他对外管理服务事项',
  '政府集中采购',
])
const signs2021 = new Set(['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '行政规范性文件'])

/** Classify a text cell of table 二. */
function classify(text: string): CellClass<string> {
  const compact = text.replace(/\s+/g, '')
  if (/第二十[一]?条第/.test(compact) || labelKey(text) === '信息内容') return { type: 'group' }
  const column = matchLabel(text, proactiveColumnIndex)
  if (column) return { type: 'header', label: column.label, exact: column.exact }
  const row = matchLabel(text, proactiveRowIndex)
  if (row) return { type: 'row', label: row.label, exact: row.exact }
  return null
}

/** `classify`, remembered. */
const classified = memoClassifier(classify)

/** Decide the format by counting each format's signature labels. */
function formatOf(rows: StreamRow<string>[], region: TableRegion, file: VFile): TableFormat {
  const labels = [...rows.map((r) => r.label), ...rows.flatMap((r) => r.headers.map((h) => h.label))]
  const captions = region.lines.some((l) => /第二十条第[（(]九[)）]项/.test(l.text.replace(/\s+/g, '')))
  const a = labels.filter((l) => signs2019.has(l)).length + (captions ? 1 : 0)
  const b = labels.filter((l) => signs2021.has(l)).length
  const line = region.lines[0]!.position.start.line
  if (a && b)
    report(
      file,
      'table-format',
      'warning',
      `表二同时含有 2019 年格式（${a} 处）和 2021 年格式（${b} 处）的标签，按${a >= b ? ' 2019' : ' 2021'} 年格式读取`,
      { line },
    )
  if (a || b) return a >= b ? '2019' : '2021'
  const permit = rows.find((r) => r.label === '行政许可')
  const filled = permit ? permit.values.filter((v) => v.text !== '').length : 0
  const format: TableFormat = filled === 1 ? '2021' : '2019'
  report(file, 'table-format', 'info', `表二没有可判断格式的表头，按行数值个数判断为 ${format} 年格式`, { line })
  return format
}

/** The unit a header cell gives, such as 本年收费金额（单位：万元）. */
function headerUnit(text: string): string | null {
  const m = /(?:单位[:：]?\s*|[（(])(万元|亿元|元)/.exec(text)
  return m ? m[1]! : null
}

/** Parse table 二 from its region, or null when it has no recognisable rows. */
export function parseProactiveTable(region: TableRegion, file: VFile): FormattedTable | null {
  const strays: StrayRow[] = []
  const rows = streamRows(region.lines, classified, strays)
  if (rows.length < 2) return null
  reportStrays(strays, '表二', file)
  const format = formatOf(rows, region, file)
  const template = proactiveRows[format]
  const cells: Cell[] = []
  const seen = new Map<string, number>()
  let headers: StreamRow<string>['headers'] = []
  const edges = new Map([1, 2, 3].map((n) => [n, learnEdges(rows, n)]))
  for (const row of rows) {
    if (row.headers.length) headers = row.headers
    if (row.label === '规范性文件' && format === '2021') row.label = '行政规范性文件'
    else if (row.label === '行政规范性文件' && format === '2019') row.label = '规范性文件'
    const spec = template.find((r) => r.row === row.label)
    if (!spec) {
      report(file, 'table-format', 'warning', `表二「${row.cell.text}」行不属于 ${format} 年格式，未采用`, {
        line: row.cell.line,
        column: row.cell.column,
      })
      continue
    }
    if (seen.has(row.label)) {
      report(file, 'duplicate-row', 'warning', `表二「${row.label}」行出现了两次，只采用第一次（第 ${seen.get(row.label)} 行）`, {
        line: row.cell.line,
        column: row.cell.column,
      })
      continue
    }
    seen.set(row.label, row.cell.line)
    const named = headers.map((h) => h.label)
    const columns = named.length === spec.columns.length && spec.columns.every((c) => named.includes(c)) ? named : spec.columns
    const units = new Map(headers.map((h) => [h.label, headerUnit(h.cell.text)]))
    cells.push(
      ...rowCells(
        row,
        {
          table: tableNames.proactive.short,
          columns,
          money: moneyColumns,
          unitOf: (c) => units.get(c) ?? null,
          edges: edges.get(columns.length),
        },
        file,
      ).cells,
    )
  }
  const missing = template.filter((r) => !seen.has(r.row)).map((r) => r.row)
  if (missing.length)
    report(file, 'missing-row', 'warning', `表二缺少 ${missing.length} 行：${missing.join('、')}`, { line: rows[0]!.cell.line })
  // Template order: row, then the column's place in that row's block (each computed once per cell).
  const order = (c: Cell): number =>
    template.findIndex((r) => r.row === c.row) * 10 + template.find((r) => r.row === c.row)!.columns.indexOf(c.column)
  const keyed = cells.map((cell) => ({ cell, key: order(cell) }))
  keyed.sort((x, y) => x.key - y.key)
  return { format, line: region.lines[0]!.position.start.line, cells: keyed.map((k) => k.cell) }
}
