/**
 * Build realistic `CheckedReport`s for rule tests: a township report laid out line by line
 * the way a tab-separated text extraction reads (seeds `000_…`, `002_…`), with consistent
 * non-zero figures that the tests then break one relation at a time.
 */
import type { Cell, FormattedTable, AppealTable, SectionRecord, TableFormat } from '../../../../src/lib/types.ts'
import { appealColumns, appealRows, applicantColumns, proactiveRows, requestRows } from '../../../../src/lib/template/labels.ts'
import type { CheckedReport } from '../../../../src/lib/rules/rule.ts'

/** Outcome figures per row, one number per applicant column (自然人 … 其他), template order. */
const outcomes2019: number[][] = [
  [25, 3, 0, 1, 1, 1], // 予以公开
  [6, 1, 0, 0, 0, 0], // 部分公开
  [1, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [1, 0, 0, 0, 0, 0], // 不予公开 1–4
  [1, 0, 0, 0, 0, 0],
  [1, 1, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [2, 0, 0, 0, 0, 0], // 不予公开 5–8
  [3, 1, 0, 0, 1, 0],
  [1, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0], // 无法提供 1–3
  [1, 0, 0, 0, 0, 0],
  [1, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0], // 不予处理 1–5
  [1, 0, 0, 0, 0, 0], // 其他处理
]

/** 2021: the same, with （六）其他处理 split into its three rows. */
const outcomes2021: number[][] = [...outcomes2019.slice(0, -1), [1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0]]

/** Figures of a table 三: 本年新收, 上年结转 and the outcome rows, per applicant column. */
export interface RequestFigures {
  received: number[]
  carried: number[]
  outcomes: number[][]
}

/** The default consistent figures of each format. */
export function requestFigures(format: TableFormat): RequestFigures {
  return { received: [42, 6, 0, 1, 2, 1], carried: [3, 1, 0, 0, 0, 1], outcomes: format === '2019' ? outcomes2019 : outcomes2021 }
}

/** Hands out consecutive source lines as the report is laid out. */
class Layout {
  line = 1
  /** Take `count` lines and return the first. */
  take(count = 1): number {
    const first = this.line
    this.line += count
    return first
  }
}

/** One value cell; raw is the number as printed ("无" would be 0, blank is null). */
function cell(row: string, column: string, value: number | null, line: number, unit: string | null = null): Cell {
  return { row, column, value, raw: value === null ? '' : String(value), unit, line }
}

/** Table 三 with every total derived from `figures`, so all three relations hold. */
export function requestTable(format: TableFormat, figures: RequestFigures, layout: Layout): FormattedTable {
  const line = layout.take(3) // 申请人情况 / 自然人 法人或其他组织 / 商业企业 … header lines
  const outcomeRows = requestRows[format].filter((row) => row.outcome)
  const byRow = new Map<string, number[]>()
  byRow.set('本年新收政府信息公开申请数量', figures.received)
  byRow.set('上年结转政府信息公开申请数量', figures.carried)
  outcomeRows.forEach((row, index) => byRow.set(row.row, figures.outcomes[index]!))
  const total = applicantColumns.map((_, c) => figures.outcomes.reduce((sum, values) => sum + values[c]!, 0))
  byRow.set('总计', total)
  byRow.set(
    '结转下年度继续办理',
    total.map((t, c) => figures.received[c]! + figures.carried[c]! - t),
  )
  const cells: Cell[] = []
  for (const { row } of requestRows[format]) {
    const values = byRow.get(row)!
    const rowLine = layout.take()
    values.forEach((value, c) => cells.push(cell(row, applicantColumns[c]!, value, rowLine)))
    cells.push(
      cell(
        row,
        '总计',
        values.reduce((a, b) => a + b, 0),
        rowLine,
      ),
    )
  }
  return { format, line, cells }
}

/** Table 二 of a format, laid out block by block (caption line, header line, rows). */
export function proactiveTable(format: TableFormat, layout: Layout): FormattedTable {
  const values: Record<string, (number | null)[]> =
    format === '2019'
      ? {
          规章: [0, 0, 0],
          规范性文件: [3, 3, 12],
          行政许可: [15, 2, 230],
          其他对外管理服务事项: [8, -1, 96],
          行政处罚: [4, 0, 17],
          行政强制: [0, 0, 0],
          行政事业性收费: [1, 0],
          政府集中采购: [4, 126.5],
        }
      : { 规章: [0, 0, 0], 行政规范性文件: [2, 1, 9], 行政许可: [58], 行政处罚: [12], 行政强制: [0], 行政事业性收费: [3.2] }
  const line = layout.line
  const cells: Cell[] = []
  let item = ''
  for (const row of proactiveRows[format]) {
    if (row.item !== item) layout.take(2)
    item = row.item
    const rowLine = layout.take()
    row.columns.forEach((column, c) =>
      cells.push(
        cell(row.row, column, values[row.row]![c]!, rowLine, column === '采购总金额' || column === '本年收费金额' ? '万元' : null),
      ),
    )
  }
  return { format, line, cells }
}

/** Table 四: three header lines, then one line of 15 numbers. */
export function appealTable(layout: Layout): AppealTable {
  const line = layout.take(3)
  const dataLine = layout.take()
  const values = [
    [1, 1, 0, 0],
    [0, 1, 0, 1],
    [1, 0, 0, 0],
  ]
  const cells = appealRows.flatMap((group, g) => {
    const parts = values[g]!
    return appealColumns.map((column, c) => cell(group, column, c < 4 ? parts[c]! : parts.reduce((a, b) => a + b, 0), dataLine))
  })
  return { line, cells }
}

/** The six canonical section titles. */
const titles = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
]

/** A complete, consistent report: six headings and the three tables of `format`. */
export function buildReport(format: TableFormat, figures = requestFigures(format)): CheckedReport {
  const layout = new Layout()
  layout.take(6) // blank lines, 人民政府文件, 文号, title
  const sections: SectionRecord[] = []
  const heading = (n: number) => sections.push({ number: (n + 1) as SectionRecord['number'], title: titles[n]!, line: layout.take(2) })
  heading(0)
  layout.take(12) // 总体情况 narrative
  heading(1)
  const proactive = proactiveTable(format, layout)
  layout.take(1)
  heading(2)
  const requests = requestTable(format, figures, layout)
  layout.take(1)
  heading(3)
  const appeals = appealTable(layout)
  layout.take(1)
  heading(4)
  layout.take(8)
  heading(5)
  const year = format === '2019' ? 2020 : 2022
  return {
    id: `test-${format}`,
    source: { path: `content/reports/test-${format}.txt`, encoding: 'utf-8', sha256: '0'.repeat(64), reader: 'text', pages: null },
    organ: {
      name: '凤山乡人民政府',
      township: '凤山乡',
      county: '东乡族自治县',
      prefecture: '临夏回族自治州',
      province: '甘肃省',
      code: '622926214000',
    },
    year,
    publishedOn: `${year + 1}-01-20`,
    documentNumber: null,
    sections,
    tables: { proactive, requests, appeals },
    narrative: { intro: [], sections: [] },
    sourceUrl: null,
    corrections: [],
    supersedes: null,
  }
}

/** Set one cell's value (and raw text) in `cells`; throws when there is no such cell. */
export function setCell(cells: Cell[], row: string, column: string, value: number | null): void {
  const target = cells.find((c) => c.row === row && c.column === column)
  if (!target) throw new Error(`no cell ${row} × ${column}`)
  target.value = value
  target.raw = value === null ? '' : String(value)
}
