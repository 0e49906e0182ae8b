/**
 * A report's result for each rule, as the quality overview counts it: a rule fails when any of
 * its checks failed, else cannot be evaluated when any could not, else passes; a rule that made
 * no check (not applicable: a 2019-format rule on a 2021 report, a cross-year rule without last
 * year's report) has no result. Light records (src/utils/shard/light-record.ts) keep the failed
 * checks and, for the other rules, one tally check per result naming the rules (`talliedChecks`),
 * so the national build counts the same from them as a whole build from full records.
 */
import type { QualityCheck } from '../../lib/types.ts'

/** A rule's result for one report. */
export type RuleStatus = QualityCheck['status']

/** The rule id of a tally check: its subject lists the rules (space-separated) that had its status. */
export const TALLY_RULE = '*'

/** Each rule's result for one report, from its checks (full or tallied). */
export function ruleStatuses(quality: readonly QualityCheck[]): Map<string, RuleStatus> {
  const statuses = new Map<string, RuleStatus>()
  const add = (ruleId: string, status: RuleStatus): void => {
    const now = statuses.get(ruleId)
    if (now === 'fail' || (now === 'unknown' && status === 'pass')) return
    statuses.set(ruleId, status)
  }
  for (const check of quality) {
    if (check.ruleId === TALLY_RULE) for (const id of check.subject.split(' ')) add(id, check.status)
    else add(check.ruleId, check.status)
  }
  return statuses
}

/** The checks a light record keeps: the failed ones (without the formula, which is the rule's) and one tally per other result. */
export function talliedChecks(quality: readonly QualityCheck[]): QualityCheck[] {
  const failed = quality.filter((c) => c.status === 'fail').map((c) => ({ ...c, formula: '' }))
  const byStatus = new Map<RuleStatus, string[]>()
  for (const [ruleId, status] of ruleStatuses(quality))
    if (status !== 'fail') byStatus.set(status, [...(byStatus.get(status) ?? []), ruleId])
  const tallies = (['pass', 'unknown'] as const)
    .filter((s) => byStatus.has(s))
    .map((status): QualityCheck => ({ ruleId: TALLY_RULE, subject: byStatus.get(status)!.join(' '), formula: '', status, line: null }))
  return [...failed, ...tallies]
}

/** The failed checks of a record (tallies never fail). */
export const failedChecks = (quality: readonly QualityCheck[]): QualityCheck[] =>
  quality.filter((c) => c.status === 'fail' && c.ruleId !== TALLY_RULE)
