/**
 * When an annual report is "late": a setting, not a constant. The 条例 (2019, 第四十九条) sets
 * 31 January of the following year for 县级以上人民政府部门; township deadlines come from
 * provincial or county notices and are usually the same. The site uses `deadlineRule`:
 * 31 January unless the build sets `REPORT_DEADLINE=MM-DD` (e.g. `03-31`). The report header
 * (`publicationLabel`) and the about page's example use this one rule.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { dateLabel } from './report-title.ts'

/** A deadline: month and day of the year after the report year, and how to say it. */
export interface DeadlineRule {
  /** 1–12. */
  month: number
  /** 1–31 (clamped to the month's last day). */
  day: number
  /** The rule in words: 报告年度次年 1 月 31 日前. */
  label: string
  /** Where the rule comes from. */
  basis: string
}

/** The default: 31 January of the following year. */
export const defaultDeadlineRule: DeadlineRule = {
  month: 1,
  day: 31,
  label: '报告年度次年 1 月 31 日前（含当日）',
  basis:
    '参照《中华人民共和国政府信息公开条例》第四十九条对县级以上人民政府部门的规定；乡镇、街道的报送期限由省、县通知规定，多数同为 1 月 31 日',
}

/** A rule from a `MM-DD` setting; the default when the setting is absent; throws when malformed. */
export function deadlineRuleFrom(setting: string | undefined | null): DeadlineRule {
  if (setting === undefined || setting === null || setting.trim() === '') return defaultDeadlineRule
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(setting.trim())
  const month = match ? Number(match[1]) : NaN
  const day = match ? Number(match[2]) : NaN
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) throw new Error(`REPORT_DEADLINE「${setting}」应为 MM-DD，例如 01-31`)
  if (month === 1 && day === 31) return defaultDeadlineRule
  return { month, day, label: `报告年度次年 ${month} 月 ${day} 日前（含当日）`, basis: '本站构建设置 REPORT_DEADLINE 指定的期限' }
}

/** The rule this build uses (environment setting `REPORT_DEADLINE`, else the default). */
export const deadlineRule: DeadlineRule = deadlineRuleFrom(globalThis.process?.env?.REPORT_DEADLINE)

/** The deadline date (YYYY-MM-DD) of a report year under `rule`. */
export function deadlineOf(year: number, rule: DeadlineRule = deadlineRule): string {
  const next = year + 1
  const last = new Date(Date.UTC(next, rule.month, 0)).getUTCDate()
  const day = Math.min(rule.day, last)
  return `${String(next).padStart(4, '0')}-${String(rule.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A `YYYY-MM-DD` date as a day count (days since 1970-01-01), so dates subtract. */
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000

/**
 * How many days after its deadline a report was published: 0 or less is on time (the deadline
 * day itself is on time), more is late. null when the year or the publication date is unknown
 * (or not `YYYY-MM-DD`): then nothing can be said.
 */
export function daysLate(record: Pick<ReportRecord, 'year' | 'publishedOn'>, rule: DeadlineRule = deadlineRule): number | null {
  if (record.year === null || !record.publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(record.publishedOn)) return null
  return dayNumber(record.publishedOn) - dayNumber(deadlineOf(record.year, rule))
}

/**
 * The publication date for people, with whether it met the deadline: 2022年1月18日（按时）,
 * 2022年2月12日（逾期 12 天）; the date alone when the year is unknown; 未注明发布日期 without a date.
 */
export function publicationLabel(record: Pick<ReportRecord, 'year' | 'publishedOn'>, rule: DeadlineRule = deadlineRule): string {
  if (!record.publishedOn) return '未注明发布日期'
  const late = daysLate(record, rule)
  const date = dateLabel(record.publishedOn)
  if (late === null) return date
  return late > 0 ? `${date}（逾期 ${late} 天）` : `${date}（按时）`
}
