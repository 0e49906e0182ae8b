/**
 * All consistency and completeness rules, in the order they run: completeness first, then
 * tables 二, 三 and 四 as they appear in a report. `cell-count` is not here: the table parser
 * reports it.
 */
import type { VFile } from 'vfile'
import { appealSum } from './appeal-sum.ts'
import { blankCells } from './blank-cells.ts'
import { feeStatement } from './fee-statement.ts'
import { missingSection } from './missing-section.ts'
import { missingTable } from './missing-table.ts'
import { narrativeRequestCount } from './narrative-request-count.ts'
import { proactiveBalance } from './proactive-balance.ts'
import { requestBalance } from './request-balance.ts'
import { requestOutcomeSum } from './request-outcome-sum.ts'
import { requestRowTotal } from './request-row-total.ts'
import { sectionFiveContent } from './section-five-content.ts'
import { runRule, type CheckedReport, type Rule } from './rule.ts'

/** Every rule, in a fixed order. */
export const rules: readonly Rule[] = [
  missingSection,
  missingTable,
  blankCells,
  sectionFiveContent,
  feeStatement,
  proactiveBalance,
  requestBalance,
  requestOutcomeSum,
  requestRowTotal,
  appealSum,
  narrativeRequestCount,
]

/** Run every rule on `report`, recording diagnostics on `file`. */
export function runRules(report: CheckedReport, file: VFile): void {
  for (const rule of rules) runRule(rule, report, file)
}
