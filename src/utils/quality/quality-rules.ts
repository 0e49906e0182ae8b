/**
 * The checks the overview counts, as declared: the timeliness row (under the build's deadline
 * rule) and every rule of the engine's check stage, each with its short title (as on the report
 * card), its meaning and its formula from the rule's declaration.
 */
import { ruleCatalog } from '../../lib/index.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import { ruleTitles } from '../report/quality-card.ts'
import { TIMELINESS } from './report-findings.ts'

/** One check as the overview names it. */
export interface QualityRule {
  id: string
  title: string
  meaning: string
  formula: string
}

/** Timeliness first, then the engine's rules in the order they run. */
export function qualityRules(deadline: DeadlineRule): QualityRule[] {
  return [
    {
      id: TIMELINESS,
      title: ruleTitles[TIMELINESS] ?? TIMELINESS,
      meaning: '报告在截止日期之后发布（逾期）',
      formula: `发布日期不晚于截止日期（${deadline.label}）`,
    },
    ...ruleCatalog
      .filter((e) => e.stage === 'check')
      .map((e) => ({ id: e.id, title: ruleTitles[e.id] ?? e.id, meaning: e.meaning, formula: e.formula ?? '' })),
  ]
}
