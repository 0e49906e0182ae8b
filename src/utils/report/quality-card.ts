/**
 * A report's quality card for people: the record's checks (`record.quality`) grouped by rule, plus
 * the timeliness row, which depends on the build's deadline setting and so is computed here, at
 * render time, never stored. Each row says what was checked, the formula, both sides, the
 * difference, the result and why, and links to its source line; the summary counts them all
 * ("12 项核对：10 项通过，1 项不一致，1 项无法核对") and the values the editor corrected ("另有 2 处数值
 * 或信息经编辑更正"), since the checks ran on the corrected values.
 */
import { formatNumber } from '../../lib/index.ts'
import type { QualityCheck, ReportRecord } from '../../lib/types.ts'
import { sourceLineHere } from '../paths.ts'
import { dateLabel } from './report-title.ts'
import { deadlineRule as buildDeadlineRule, type DeadlineRule } from './deadline.ts'
import { timelinessOf } from './timeliness.ts'

/** A check's result as the card shows it. */
export type CardStatus = QualityCheck['status']

/** One row of the card. */
export interface CardRow {
  subject: string
  formula: string
  status: CardStatus
  /** 通过 / 不一致 / 无法核对. */
  statusLabel: string
  /** Both sides and the difference, as shown (numbers formatted, dates as dates); null when none. */
  left: string | null
  right: string | null
  difference: string | null
  reason: string | null
  line: number | null
  href: string | null
}

/** The rows of one rule (or the timeliness row), with its title and counts. */
export interface CardGroup {
  ruleId: string
  title: string
  /** The formula most of its rows share (shown once); a row whose formula differs shows its own. */
  formula: string
  rows: CardRow[]
  counts: Record<CardStatus, number>
}

/** The whole card. */
export interface QualityCard {
  groups: CardGroup[]
  counts: Record<CardStatus, number> & { total: number }
  /** 12 项核对：10 项通过，1 项不一致，1 项无法核对. */
  summary: string
  /** How many values the editor corrected (front matter `corrections`): the checks ran on the corrected values. */
  corrections: number
  /** 另有 2 处数值或信息经编辑更正, or null when none was. */
  correctionsLine: string | null
}

/** Words for each result. */
export const statusLabels: Record<CardStatus, string> = { pass: '通过', fail: '不一致', unknown: '无法核对' }

/** A short title for each rule's group on the card; a rule not listed shows its id. */
export const ruleTitles: Record<string, string> = {
  timeliness: '按时发布',
  'missing-section': '六个部分齐全',
  'missing-table': '三张统计表齐全',
  'blank-cells': '单元格填报',
  'section-five-content': '第五部分有实际内容',
  'fee-statement': '信息处理费的说明',
  'proactive-balance': '表二：对外公开总数量',
  'request-balance': '表三：各列收支平衡',
  'request-outcome-sum': '表三：办理结果合计',
  'request-row-total': '表三：各行合计',
  'appeal-sum': '表四：各组合计',
  'narrative-request-count': '正文所述件数与统计表',
  'carried-over-continuity': '与上年衔接：上年结转',
  'in-force-continuity': '与上年衔接：现行有效件数',
  'repeated-text': '与上年报告重复的文字',
  'identical-tables': '与上年相同的统计表',
}

/** A side of a check as shown. */
const shown = (value: number | null | undefined): string | null => (typeof value === 'number' ? formatNumber(value) : null)

/** One check of the record as a card row. */
function rowOf(check: QualityCheck): CardRow {
  return {
    subject: check.subject,
    formula: check.formula,
    status: check.status,
    statusLabel: statusLabels[check.status],
    left: shown(check.left),
    right: shown(check.right),
    difference: shown(check.difference),
    reason: check.reason ?? null,
    line: check.line,
    href: check.line ? sourceLineHere(check.line) : null,
  }
}

/** The timeliness row under `rule`: publication date against the deadline. */
export function timelinessRow(record: Pick<ReportRecord, 'year' | 'publishedOn'>, rule: DeadlineRule): CardRow {
  const t = timelinessOf(record, rule)
  const status: CardStatus = t.status === 'on-time' ? 'pass' : t.status === 'late' ? 'fail' : 'unknown'
  const reason =
    t.status === 'late'
      ? `逾期 ${t.daysLate} 天`
      : t.status === 'unknown'
        ? !record.publishedOn
          ? '报告未注明发布日期'
          : record.year === null
            ? '报告年度不明，无法确定截止日期'
            : `发布日期「${record.publishedOn}」不是完整的年月日`
        : null
  return {
    subject: '发布日期',
    formula: `发布日期不晚于截止日期（${rule.label}）`,
    status,
    statusLabel: t.status === 'late' ? '逾期' : t.status === 'on-time' ? '按时' : statusLabels.unknown,
    left: record.publishedOn ? dateLabel(record.publishedOn) : null,
    right: t.deadline ? dateLabel(t.deadline) : null,
    difference: t.status === 'late' ? `${t.daysLate} 天` : null,
    reason,
    line: null,
    href: null,
  }
}

/** The value found most often (the first of those tied). */
function commonest(values: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = values[0] ?? ''
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v
  return best
}

/** Count the rows of each result. */
function countsOf(rows: readonly CardRow[]): Record<CardStatus, number> {
  const counts = { pass: 0, fail: 0, unknown: 0 }
  for (const row of rows) counts[row.status]++
  return counts
}

/** The summary line: 12 项核对：10 项通过，1 项不一致，1 项无法核对 (results with no check left out). */
export function summaryLine(counts: Record<CardStatus, number>): string {
  const total = counts.pass + counts.fail + counts.unknown
  const parts = (['pass', 'fail', 'unknown'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} 项${statusLabels[s]}`)
  return `${total} 项核对：${parts.join('，')}`
}

/** The card of `record`: timeliness first, then each rule's checks in the order the rules ran. */
/** The card's line on the editor's corrections, or null when there are none. */
export function correctionsLine(corrections: number): string | null {
  return corrections > 0 ? `另有 ${corrections} 处数值或信息经编辑更正` : null
}

export function qualityCard(
  record: Pick<ReportRecord, 'id' | 'year' | 'publishedOn' | 'quality' | 'corrections'>,
  rule = buildDeadlineRule,
): QualityCard {
  const byRule = new Map<string, CardRow[]>()
  byRule.set('timeliness', [timelinessRow(record, rule)])
  for (const check of record.quality) {
    const rows = byRule.get(check.ruleId) ?? []
    rows.push(rowOf(check))
    byRule.set(check.ruleId, rows)
  }
  const groups = [...byRule].map(([ruleId, rows]) => ({
    ruleId,
    title: ruleTitles[ruleId] ?? ruleId,
    formula: commonest(rows.map((r) => r.formula)),
    rows,
    counts: countsOf(rows),
  }))
  const counts = countsOf(groups.flatMap((g) => g.rows))
  const corrections = record.corrections.length
  return {
    groups,
    counts: { ...counts, total: counts.pass + counts.fail + counts.unknown },
    summary: summaryLine(counts),
    corrections,
    correctionsLine: correctionsLine(corrections),
  }
}

/**
 * The diagnostics the card does not show: every one but those a failed check of the card stands
 * for (same rule, message as its reason), each matched once, so no diagnostic is lost.
 */
export function diagnosticsBesidesCard<R extends Pick<ReportRecord, 'diagnostics' | 'quality'>>(record: R): R['diagnostics'] {
  const shownOnCard = new Map<string, number>()
  for (const c of record.quality) {
    if (c.status !== 'fail') continue
    const key = `${c.ruleId}\0${c.reason}`
    shownOnCard.set(key, (shownOnCard.get(key) ?? 0) + 1)
  }
  return record.diagnostics.filter((d) => {
    const key = `${d.ruleId}\0${d.message}`
    const left = shownOnCard.get(key) ?? 0
    if (left === 0) return true
    shownOnCard.set(key, left - 1)
    return false
  })
}
