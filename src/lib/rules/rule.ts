/** The shape of a consistency or completeness rule: one per file, named after its ruleId. */
import type { VFile } from 'vfile'
import type { ReportRecord } from '../types.ts'

/** The record as rules see it: everything but the diagnostics being collected. */
export type CheckedReport = Omit<ReportRecord, 'diagnostics'>

/** A rule inspects a parsed report and reports problems on `file` with its own ruleId. */
export interface Rule {
  ruleId: string
  check(report: CheckedReport, file: VFile): void
}
