/**
 * The coverage status of one report: its tables could not be read, or it was published on time,
 * late, or on a date it does not state (src/utils/report/timeliness.ts). A cell of the matrix
 * with no report is `missing` (county-matrix.ts). Every status has a word and a symbol, so no
 * page tells them apart by colour alone.
 */
import type { ReportRecord } from '../../lib/types.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import { timelinessOf, type Timeliness } from '../report/timeliness.ts'

/** The statuses of a matrix cell, in the order pages and CSV files list them. */
export const coverageStatuses = ['on-time', 'late', 'unknown', 'unreadable', 'missing'] as const
export type CoverageStatus = (typeof coverageStatuses)[number]

/** Each status in words (a table heading) and as a symbol (shown next to the words, hidden from screen readers). */
export const statusNames: Record<CoverageStatus, { word: string; symbol: string }> = {
  'on-time': { word: '按时', symbol: '✓' },
  late: { word: '逾期', symbol: '!' },
  unknown: { word: '未注明日期', symbol: '?' },
  unreadable: { word: '未读出表格', symbol: '✕' },
  missing: { word: '缺失', symbol: '—' },
}

/** One report as the matrix shows it. */
export interface ReportStatus {
  id: string
  /** Never `missing`: a report is there. */
  status: Exclude<CoverageStatus, 'missing'>
  /** Its timeliness, also kept for a report whose tables were not read. */
  timeliness: Timeliness
  publishedOn: string | null
}

/** Fields of a record the status reads (all of them kept in the national build's light records). */
export type StatusFields = Pick<ReportRecord, 'id' | 'year' | 'publishedOn' | 'tables' | 'diagnostics'>

/** True when no table was read, or the report has an error (the build refuses those, so it is a safeguard). */
export function tablesUnread(record: Pick<ReportRecord, 'tables' | 'diagnostics'>): boolean {
  const { proactive, requests, appeals } = record.tables
  return (!proactive && !requests && !appeals) || record.diagnostics.some((d) => d.severity === 'error')
}

/** The status of `record` under the deadline `rule`. */
export function reportStatusOf(record: StatusFields, rule: DeadlineRule): ReportStatus {
  const timeliness = timelinessOf(record, rule)
  return {
    id: record.id,
    status: tablesUnread(record) ? 'unreadable' : timeliness.status,
    timeliness,
    publishedOn: record.publishedOn,
  }
}

/** The words of one report's cell: 按时, 逾期 12 天, 未注明日期, 未读出表格（逾期 3 天）. */
export function statusText(report: ReportStatus): string {
  const t = report.timeliness
  const timeliness = t.status === 'late' ? `逾期 ${t.daysLate} 天` : statusNames[t.status].word
  return report.status === 'unreadable' ? `${statusNames.unreadable.word}（${timeliness}）` : timeliness
}
