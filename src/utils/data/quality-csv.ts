/**
 * One report's quality card as CSV (UTF-8 with BOM, as the cells CSV): one row per check, the
 * timeliness row first (computed under this build's deadline rule), then the record's checks.
 */
import type { QualityCheck, ReportRecord } from '../../lib/types.ts'
import { withBase } from '../paths.ts'
import { deadlineRule as buildDeadlineRule, type DeadlineRule } from '../report/deadline.ts'
import { timelinessOf } from '../report/timeliness.ts'
import { csvLine, type FieldValue } from './cells-csv.ts'

/** The CSV header, in order. */
export const qualityColumns = [
  'report_id',
  'rule_id',
  'subject',
  'formula',
  'status',
  'left',
  'right',
  'difference',
  'reason',
  'source_line',
  'source_path',
] as const

/** Where a report's quality CSV is published. */
export const qualityCsvPath = (id: string): string => withBase(`/data/quality/${id}.csv`)

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

/** The rows of one record, fields in `qualityColumns` order. */
export function qualityRows(record: ReportRecord, rule: DeadlineRule = buildDeadlineRule): FieldValue[][] {
  return [timelinessCheck(record, rule), ...record.quality].map((c) => [
    record.id,
    c.ruleId,
    c.subject,
    c.formula,
    c.status,
    c.left ?? null,
    c.right ?? null,
    c.difference ?? null,
    c.reason ?? null,
    c.line,
    record.source.path,
  ])
}

/** The whole CSV document of one record (BOM, header, CRLF line ends). */
export function qualityCsv(record: ReportRecord, rule: DeadlineRule = buildDeadlineRule): string {
  return '\ufeff' + [csvLine(qualityColumns), ...qualityRows(record, rule).map(csvLine)].join('\r\n') + '\r\n'
}
