/**
 * Tables 二, 三 and 四 as grids with merged cells, the way the official template draws them
 * (captions across the row, 申请人情况 over seven columns, 三、本年度办理结果 down twenty rows).
 * Labels come from the engine's own lists (src/lib/template/labels.ts) as this report writes them;
 * every layout renders from these grids.
 */
import { appealColumns, appealRows, proactiveRows, requestColumns, requestRows } from '../../src/lib/index.ts'
import { cellKey, type Figures, type ModelCell } from './figures.ts'
import { bracket, digits, labelOf, numbered, type Style } from './style.ts'

/** One cell of a grid: its text and how many columns and rows it spans. */
export interface GridCell {
  text: string
  colspan?: number
  rowspan?: number
  role: 'caption' | 'head' | 'label' | 'value'
}

/** A table as rows of cells (merged cells appear once, at their top left). */
export interface Grid {
  table: 'proactive' | 'requests' | 'appeals'
  columns: number
  /** Leading rows that are column headers. */
  headerRows: number
  rows: GridCell[][]
}

/** The text of one value as this report writes it. */
export function valueText(style: Style, cell: ModelCell, column: string): string {
  const { value, unit } = cell
  if (value === 0 && style.zeroAsNone) return '无'
  let text = String(value)
  if (column === '本年增/减' && value > 0 && style.plusSign) text = `+${value}`
  if (unit && column !== '本年收费金额' && value !== 0) text += (style.unitSpace ? ' ' : '') + unit
  return Number.isInteger(value) ? digits(style, text) : text
}

/** Table 二: a caption row, a header row and the value rows of each block. */
export function proactiveGrid(figures: Figures, style: Style): Grid {
  const rows: GridCell[][] = []
  const value = (row: string, column: string, span = 1): GridCell => ({
    text: valueText(style, figures.proactive.get(cellKey(row, column))!, column),
    colspan: span,
    role: 'value',
  })
  let item = ''
  for (const spec of proactiveRows[figures.proactiveFormat]) {
    const spans = spec.columns.length === 3 ? [1, 1, 1] : spec.columns.length === 2 ? [1, 2] : [3]
    if (spec.item !== item) {
      item = spec.item
      rows.push([{ text: item, colspan: 4, role: 'caption' }])
      const head = (c: string) => (c === '本年收费金额' ? '本年收费金额（单位：万元）' : c)
      rows.push([
        { text: '信息内容', role: 'head' },
        ...spec.columns.map((c, i) => ({ text: head(c), colspan: spans[i], role: 'head' as const })),
      ])
    }
    rows.push([{ text: labelOf(style, spec.row), role: 'label' }, ...spec.columns.map((c, i) => value(spec.row, c, spans[i]))])
  }
  return { table: 'proactive', columns: 4, headerRows: 0, rows }
}

/** Table 三: three header rows, then one row per value row with its group labels merged down. */
export function requestGrid(figures: Figures, style: Style): Grid {
  const format = figures.requestFormat
  const head = (text: string, extra: Partial<GridCell> = {}): GridCell => ({ text, role: 'head', ...extra })
  const rows: GridCell[][] = [
    [
      head('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colspan: 3, rowspan: 3 }),
      head('申请人情况', { colspan: 7 }),
    ],
    [head('自然人', { rowspan: 2 }), head('法人或其他组织', { colspan: 5 }), head('总计', { rowspan: 2 })],
    requestColumns.slice(1, 6).map((c) => head(labelOf(style, c))),
  ]
  const values = (row: string): GridCell[] =>
    requestColumns.map((c) => ({ text: valueText(style, figures.requests.get(cellKey(row, c))!, c), role: 'value' as const }))
  const specs = requestRows[format]
  const outcomes = specs.filter((s) => s.outcome || s.group === '（七）')
  let group = ''
  for (const spec of specs) {
    const label = labelOf(style, spec.row)
    if (spec.group === '一' || spec.group === '二' || spec.group === '四') {
      rows.push([{ text: `${spec.group}、${label}`, colspan: 3, role: 'label' }, ...values(spec.row)])
      continue
    }
    const cells: GridCell[] = []
    if (spec === outcomes[0]) cells.push({ text: `三、${labelOf(style, '本年度办理结果')}`, rowspan: outcomes.length, role: 'label' })
    const [, ordinal, words] = /^（(.)）(.*)$/.exec(spec.group)!
    const members = specs.filter((s) => s.group === spec.group)
    if (!words) {
      const text = spec.row === '部分公开' ? '部分公开（区分处理的，只计这一情形，不计其他情形）' : label
      cells.push({ text: bracket(style, ordinal!) + text, colspan: 2, role: 'label' })
    } else {
      if (spec.group !== group) cells.push({ text: bracket(style, ordinal!) + words, rowspan: members.length, role: 'label' })
      cells.push({ text: numbered(style, members.indexOf(spec) + 1, label), role: 'label' })
    }
    group = spec.group
    rows.push([...cells, ...values(spec.row)])
  }
  return { table: 'requests', columns: 10, headerRows: 3, rows }
}

/** Table 四: two header levels over fifteen outcome columns, then the one row of figures. */
export function appealGrid(figures: Figures, style: Style): Grid {
  const heads = appealColumns.map((c) => ({ text: c, role: 'head' as const }))
  return {
    table: 'appeals',
    columns: 15,
    headerRows: 3,
    rows: [
      [
        { text: '行政复议', colspan: 5, role: 'head' },
        { text: '行政诉讼', colspan: 10, role: 'head' },
      ],
      [
        ...appealColumns.map((c) => ({ text: c, rowspan: 2, role: 'head' as const })),
        { text: '未经复议直接起诉', colspan: 5, role: 'head' },
        { text: '复议后起诉', colspan: 5, role: 'head' },
      ],
      [...heads, ...heads],
      appealRows.flatMap((r) =>
        appealColumns.map((c) => ({ text: valueText(style, figures.appeals.get(cellKey(r, c))!, c), role: 'value' as const })),
      ),
    ],
  }
}

/** One position of a grid's full matrix. */
export interface Slot {
  /** The cell's text where the cell starts, '' where it is merged. */
  text: string
  origin: boolean
  cell: GridCell
  /** Row and column where the cell starts. */
  top: number
  left: number
}

const matrices = new WeakMap<Grid, Slot[][]>()

/** The grid as a full matrix, one slot per row and column (computed once per grid). */
export function matrix(grid: Grid): Slot[][] {
  const known = matrices.get(grid)
  if (known) return known
  const out: Slot[][] = grid.rows.map(() => [])
  grid.rows.forEach((cells, r) => {
    let c = 0
    for (const cell of cells) {
      while (out[r]![c]) c++
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          const origin = dr === 0 && dc === 0
          out[r + dr]![c + dc] = { text: origin ? cell.text : '', origin, cell, top: r, left: c }
        }
      c += cell.colspan ?? 1
    }
  })
  matrices.set(grid, out)
  return out
}
