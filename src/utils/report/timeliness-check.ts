/**
 * The timeliness check of a report in the shape of the record's checks: computed under the
 * build's deadline rule (src/utils/report/deadline.ts), so it is not in the record; the quality
 * card and the findings put it first.
 */
import type { QualityCheck, ReportRecord } from '../../lib/types.ts'
import type { DeadlineRule } from './deadline.ts'
import { timelinessOf } from './timeliness.ts'

/** The timeliness check of `record` under `rule`, in the record's check shape (dates as text in the reason). */
export function timelinessCheck(record: Pick<ReportRecord, 'year' | 'publishedOn'>, rule: DeadlineRule): QualityCheck {
  const t = timelinessOf(record, rule)
  const status = t.status === 'on-time' ? 'pass' : t.status === 'late' ? 'fail' : 'unknown'
  const reason =
    t.status === 'late'
      ? `发布日期 ${record.publishedOn}，截止日期 ${t.deadline}，逾期 ${t.daysLate} 天`
      : t.status === 'on-time'
        ? `发布日期 ${record.publishedOn}，截止日期 ${t.deadline}`
        : record.publishedOn
          ? '报告年度不明或发布日期不完整'
          : '报告未注明发布日期'
  return {
    ruleId: 'timeliness',
    subject: '发布日期',
    formula: `发布日期不晚于截止日期（${rule.label}）`,
    status,
    ...(t.status === 'late' ? { difference: t.daysLate! } : {}),
    reason,
    line: null,
  }
}
