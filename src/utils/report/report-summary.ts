/**
 * The figures a report page answers first, above its tables: requests received this year and how
 * requests were handled (table 三's 总计 column, by outcome group), decisions on 行政许可 and
 * 行政处罚 (table 二), and 行政复议 and 行政诉讼 cases (table 四's 总计). Each figure is a cell or a
 * sum of cells, linked to its source line (summary-figure.ts).
 */
import { appealRows, requestRows, type RequestRow } from '../../lib/template/labels.ts'
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { Cell, ReportRecord, TableFormat } from '../../lib/types.ts'
import { summaryFigure, type SummaryFigure } from './summary-figure.ts'

/** One line of the summary: a term and its figures (several for 办理结果). */
export interface SummaryItem {
  term: string
  figures: SummaryFigure[]
}

/** The row of table 三 for requests received this year, and the one for requests carried into next year. */
const received = '本年新收政府信息公开申请数量'
const carriedIn = '上年结转政府信息公开申请数量'
const carriedOut = '结转下年度继续办理'

/** The column of table 二 that counts a year's decisions, per format. */
const decisionColumn: Record<TableFormat, string> = { '2019': '处理决定数量', '2021': '本年处理决定数量' }

/** An outcome group's name: （三）不予公开 → 不予公开; （一） 予以公开 → 予以公开. */
const groupName = (r: RequestRow): string => r.group.replace(/^（.）/, '') || r.row

/** True when a figure says more than a plain 0 (a number, or words for a blank or missing cell). */
const worthSaying = (f: SummaryFigure): boolean => f.state !== 'value' || f.value !== 0

/** 本年新收申请, 上年结转 (when any), 办理结果 by outcome group and 结转下年度 (when any), from table 三's 总计 column. */
function requestItems(record: ReportRecord): SummaryItem[] {
  const table = record.tables.requests
  if (!table) return [{ term: '本年新收申请', figures: [summaryFigure('requests', [], '件')] }]
  const cellAt = cellLookup(table.cells)
  const totalOf = (row: string): Cell | undefined => cellAt(row, '总计')
  const figure = (rows: string[], name: string | null = null) => summaryFigure('requests', rows.map(totalOf), '件', name)
  const groups = new Map<string, string[]>()
  for (const r of requestRows[table.format].filter((x) => x.outcome)) groups.set(groupName(r), [...(groups.get(groupName(r)) ?? []), r.row])
  // Groups with numbers each; the groups left blank together, so a table filled only in 总计 stays one line.
  const figures = [...groups].map(([name, rows]) => ({ rows, figure: figure(rows, name) }))
  const blank = figures.filter((g) => g.figure.state === 'blank' || g.figure.state === 'uncertain')
  const outcomes = figures.filter((g) => !blank.includes(g) && worthSaying(g.figure)).map((g) => g.figure)
  if (blank.length)
    outcomes.push(
      figure(
        blank.flatMap((g) => g.rows),
        blank.map((g) => g.figure.name).join('、'),
      ),
    )
  const handled = figure(['总计'], outcomes.length ? '合计' : null)
  const items: SummaryItem[] = [{ term: '本年新收申请', figures: [figure([received])] }]
  const before = figure([carriedIn])
  if (worthSaying(before)) items.push({ term: '上年结转申请', figures: [before] })
  items.push({ term: '办理结果', figures: [...outcomes, handled] })
  const after = figure([carriedOut])
  if (worthSaying(after)) items.push({ term: '结转下年度办理', figures: [after] })
  return items
}

/** 行政许可 and 行政处罚: table 二's decisions of the year. */
function decisionItems(record: ReportRecord): SummaryItem[] {
  const table = record.tables.proactive
  return ['行政许可', '行政处罚'].map((row) => {
    if (!table) return { term: row, figures: [summaryFigure('proactive', [], '件')] }
    return { term: row, figures: [summaryFigure('proactive', [cellLookup(table.cells)(row, decisionColumn[table.format])], '件')] }
  })
}

/** 行政复议 (its 总计) and 行政诉讼 (both kinds' 总计 added), from table 四. */
function appealItems(record: ReportRecord): SummaryItem[] {
  const table = record.tables.appeals
  const cellAt = table ? cellLookup(table.cells) : null
  const figure = (rows: readonly string[]) => summaryFigure('appeals', cellAt ? rows.map((r) => cellAt(r, '总计')) : [], '起')
  const [review, ...lawsuits] = appealRows
  return [
    { term: '行政复议', figures: [figure([review])] },
    { term: '行政诉讼', figures: [figure(lawsuits)] },
  ]
}

/** The summary lines of a report page, in page order. */
export function reportSummary(record: ReportRecord): SummaryItem[] {
  return [...requestItems(record), ...decisionItems(record), ...appealItems(record)]
}
