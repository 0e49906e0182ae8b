/**
 * The findings of a report: each check its quality card shows as failed — the timeliness row
 * when the report was late under the build's deadline rule (computed here, as on the card, never
 * stored), then every failed check of the record in the order the rules ran. Light records keep
 * the same failed checks, so the overview counts from them what the report pages show.
 */
import type { QualityCheck, ReportRecord } from '../../lib/types.ts'
import { timelinessCheck } from '../report/timeliness-check.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import { failedChecks, ruleStatuses, type RuleStatus } from './rule-statuses.ts'

/** The rule id of the timeliness row (not a rule of the engine: it depends on the deadline setting). */
export const TIMELINESS = 'timeliness'

/** The failed checks of `record`: timeliness first (when late), then the record's own. */
export function reportFindings(record: Pick<ReportRecord, 'year' | 'publishedOn' | 'quality'>, rule: DeadlineRule): QualityCheck[] {
  const timeliness = timelinessCheck(record, rule)
  return [...(timeliness.status === 'fail' ? [timeliness] : []), ...failedChecks(record.quality)]
}

/** Each rule's result for `record`, timeliness included. */
export function reportRuleStatuses(
  record: Pick<ReportRecord, 'year' | 'publishedOn' | 'quality'>,
  rule: DeadlineRule,
): Map<string, RuleStatus> {
  return new Map([[TIMELINESS, timelinessCheck(record, rule).status], ...ruleStatuses(record.quality)])
}
