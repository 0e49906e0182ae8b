/**
 * The derived rates an evaluator computes from tables 三 and 四, declared once: each names its
 * numerator and denominator as sums of official table cells (row and column, the same labels in
 * the 2019 and 2021 formats), with its formula in plain Chinese. Table 三 terms read its 总计
 * column. Computing a rate is src/utils/rates/rate-value.ts; nothing here reads a report.
 */
import { appealColumns, requestRows } from '../../lib/template/labels.ts'
import type { TableKey } from '../../lib/template/tables.ts'

/** One cell of a rate's sum: a table's canonical row and column. */
export interface RateTerm {
  table: Exclude<TableKey, 'proactive'>
  row: string
  column: string
}

/** A derived rate. */
export interface RateDefinition {
  /** Stable id, e.g. 'disclosure'. */
  id: string
  /** Its name, e.g. 公开率. */
  name: string
  /** The formula in plain Chinese, e.g. 公开率 = （予以公开 + 部分公开）÷ 三（七）总计. */
  formula: string
  /** What it tells a reader, one sentence. */
  meaning: string
  numerator: readonly RateTerm[]
  denominator: readonly RateTerm[]
  /** Why the rate is undefined when the denominator is 0, e.g. 本年没有办结的申请. */
  zeroBase: string
}

/** Table 三 cells of the 总计 column. */
const requests = (...rows: string[]): RateTerm[] => rows.map((row) => ({ table: 'requests', row, column: '总计' }))
/** Table 四 cells: one column of the given groups. */
const appeals = (column: (typeof appealColumns)[number], ...rows: string[]): RateTerm[] =>
  rows.map((row) => ({ table: 'appeals', row, column }))
/** The rows of a table 三 group (the same in both formats for （三）–（五）). */
const groupRows = (group: string): string[] => requestRows['2021'].filter((r) => r.group === group).map((r) => r.row)

/** Every rate, in the order pages show them. */
export const rateDefinitions: readonly RateDefinition[] = [
  {
    id: 'disclosure',
    name: '公开率',
    formula: '公开率 = （予以公开 + 部分公开）÷ 三（七）总计',
    meaning: '办结的申请中全部或部分公开的比例。',
    numerator: requests('予以公开', '部分公开'),
    denominator: requests('总计'),
    zeroBase: '本年没有办结的申请',
  },
  {
    id: 'refusal',
    name: '不予公开率',
    formula: '不予公开率 = 三（三）不予公开 1–8 项之和 ÷ 三（七）总计',
    meaning: '办结的申请中决定不予公开的比例。',
    numerator: requests(...groupRows('（三）不予公开')),
    denominator: requests('总计'),
    zeroBase: '本年没有办结的申请',
  },
  {
    id: 'unable',
    name: '无法提供率',
    formula: '无法提供率 = 三（四）无法提供 1–3 项之和 ÷ 三（七）总计',
    meaning: '办结的申请中因不掌握、需另行制作或内容不明确而无法提供的比例。',
    numerator: requests(...groupRows('（四）无法提供')),
    denominator: requests('总计'),
    zeroBase: '本年没有办结的申请',
  },
  {
    id: 'no-action',
    name: '不予处理率',
    formula: '不予处理率 = 三（五）不予处理 1–5 项之和 ÷ 三（七）总计',
    meaning: '办结的申请中不予处理（信访类、重复申请等）的比例。',
    numerator: requests(...groupRows('（五）不予处理')),
    denominator: requests('总计'),
    zeroBase: '本年没有办结的申请',
  },
  {
    id: 'completion',
    name: '办结率',
    formula: '办结率 = 三（七）总计 ÷ （一、本年新收 + 二、上年结转）',
    meaning: '本年需办理的申请中当年办结的比例，其余结转下年度。',
    numerator: requests('总计'),
    denominator: requests('本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量'),
    zeroBase: '本年没有需要办理的申请',
  },
  {
    id: 'reconsideration-correction',
    name: '行政复议纠错率',
    formula: '行政复议纠错率 = 表四 行政复议「结果纠正」÷ 行政复议「总计」',
    meaning: '涉及政府信息公开的行政复议案件中被纠正的比例。',
    numerator: appeals('结果纠正', '行政复议'),
    denominator: appeals('总计', '行政复议'),
    zeroBase: '本年没有行政复议案件',
  },
  {
    id: 'litigation-correction',
    name: '行政诉讼纠错率',
    formula: '行政诉讼纠错率 = 表四（未经复议直接起诉 + 复议后起诉）「结果纠正」÷ 两者「总计」之和',
    meaning: '涉及政府信息公开的行政诉讼案件中被纠正的比例。',
    numerator: appeals('结果纠正', '未经复议直接起诉', '复议后起诉'),
    denominator: appeals('总计', '未经复议直接起诉', '复议后起诉'),
    zeroBase: '本年没有行政诉讼案件',
  },
]

/**
 * The rates the year pages pool. Their cells travel in every light record to the national build
 * (src/utils/shard/light-record.ts): these four add five cells a report to the year tables' nine
 * (部分公开, 上年结转 and three 结果纠正); 不予公开率 would add eight more, so it stays on the
 * township pages.
 */
export const yearRateIds: readonly string[] = ['disclosure', 'completion', 'reconsideration-correction', 'litigation-correction']

/** Below this denominator a rate is shown as a fraction with a small-numbers note, never as a bare percentage. */
export const smallBase = 10

/** The definition of a rate id (throws on an unknown id: a programming error). */
export function rateDefinition(id: string): RateDefinition {
  const found = rateDefinitions.find((d) => d.id === id)
  if (!found) throw new Error(`unknown rate ${id}`)
  return found
}
