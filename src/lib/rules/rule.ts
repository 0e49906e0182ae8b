/**
 * The shape of a consistency or completeness rule, as remark-lint's `lintRule` has it: a rule
 * declares its id, default severity and meaning once; the runner stamps every problem it
 * reports with that id and severity, so no rule can report under another id.
 */
import type { VFile } from 'vfile'
import type { Declaration } from '../diagnostics/catalog.ts'
import { stamp, type Place } from '../diagnostics/report.ts'
import type { ReportRecord, Severity } from '../types.ts'

/** The record as rules see it: everything but the diagnostics being collected. */
export type CheckedReport = Omit<ReportRecord, 'diagnostics'>

/** A rule's declaration: its id (the file's name) and, in plain Chinese, what it checks and its formula. */
export interface RuleDeclaration extends Declaration {
  id: string
  /** The identity checked, as people read it (e.g. 一 + 二 = （七）总计 + 四). */
  formula?: string
}

/** Report one problem: the message, where it is, and a severity other than the default if the declaration allows it. */
export type Emit = (message: string, place: Place, severity?: Severity) => void

/** A declared rule. */
export interface Rule {
  declaration: RuleDeclaration
  /** Inspect `record` and emit each problem; `file` carries what the pipeline found in the text (`file.data`). */
  check(record: CheckedReport, emit: Emit, file: VFile): void
}

/** Declare a rule. */
export function defineRule(declaration: RuleDeclaration, check: Rule['check']): Rule {
  return { declaration, check }
}

/** Run one rule on `record`, stamping what it emits with its id and severity. */
export function runRule(rule: Rule, record: CheckedReport, file: VFile): void {
  const { id, severity, also = [] } = rule.declaration
  rule.check(
    record,
    (message, place, override) => {
      if (override && override !== severity && !also.includes(override)) throw new Error(`rule ${id} does not declare severity ${override}`)
      stamp(file, id, override ?? severity, message, place)
    },
    file,
  )
}
