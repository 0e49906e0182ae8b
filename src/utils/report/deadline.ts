/**
 * When an annual report is "late": a setting, not a constant. The 条例 (2019, 第四十九条) sets
 * 31 January of the following year for 县级以上人民政府部门; township deadlines come from
 * provincial or county notices and are usually the same. The site uses `deadlineRule`:
 * 31 January unless the build sets `REPORT_DEADLINE=MM-DD` (e.g. `03-31`).
 */
import type { ReportRecord } from '../../lib/types.ts'

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
  basis: '参照《中华人民共和国政府信息公开条例》第四十九条对县级以上人民政府部门的规定；乡镇、街道的报送期限由省、县通知规定，多数同为 1 月 31 日',
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

/**
 * Whether a report was published after its deadline: true or false, or null when the year or
 * the publication date is unknown (then nothing can be said).
 */
export function isLate(record: Pick<ReportRecord, 'year' | 'publishedOn'>, rule: DeadlineRule = deadlineRule): boolean | null {
  if (record.year === null || !record.publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(record.publishedOn)) return null
  return record.publishedOn > deadlineOf(record.year, rule)
}
