/**
 * Whether a report met its deadline: on time, late (by how many days) or unknown (no year, or no
 * publication date the report states). The deadline is a build setting (src/utils/report/deadline.ts),
 * so this is computed where it is shown (report page, coverage matrix), not stored in the record.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { daysLate, deadlineOf, type DeadlineRule } from './deadline.ts'

/** A report's timeliness under one deadline rule. */
export interface Timeliness {
  /** on-time: published on or before the deadline; late: after it; unknown: no date or no year. */
  status: 'on-time' | 'late' | 'unknown'
  /** Days after the deadline (1 or more), only when late. */
  daysLate?: number
  /** The deadline (YYYY-MM-DD) of the report's year; null when the year is unknown. */
  deadline: string | null
}

/** The timeliness of `record` under `rule` (the deadline day itself is on time; the day is clamped to the month's end). */
export function timelinessOf(record: Pick<ReportRecord, 'year' | 'publishedOn'>, rule: DeadlineRule): Timeliness {
  const deadline = record.year === null ? null : deadlineOf(record.year, rule)
  const late = daysLate(record, rule)
  if (late === null) return { status: 'unknown', deadline }
  return late > 0 ? { status: 'late', daysLate: late, deadline } : { status: 'on-time', deadline }
}
