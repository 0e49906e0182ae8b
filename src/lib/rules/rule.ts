/**
 * The shape of a consistency or completeness rule, as remark-lint's `lintRule` has it: a rule
 * declares its id, default severity, meaning and formula once; the runner stamps every problem it
 * reports with that id and severity, so no rule can report under another id. Besides problems, a
 * rule says which checks held (`pass`) and which it could not evaluate (`unknown`, with why): the
 * runner turns all three into the record's quality card (`QualityCheck`), each under the rule's id
 * and formula.
 */
import type { VFile } from 'vfile'
import type { Declaration } from '../diagnostics/catalog.ts'
import { stamp, type Place } from '../diagnostics/report.ts'
import type { QualityCheck, ReportRecord, Severity } from '../types.ts'

/** The record as rules see it: everything but the diagnostics and quality checks being collected. */
export type CheckedReport = Omit<ReportRecord, 'diagnostics' | 'quality'>

/** A rule's declaration: its id (the file's name) and, in plain Chinese, what it checks and its formula. */
export interface RuleDeclaration extends Declaration {
  id: string
  /** The identity checked, as people read it (e.g. 一 + 二 = （七）总计 + 四). */
  formula?: string
}

/** One check as measured: what is checked, both sides where numeric, and the line it points at. */
export interface Measure {
  /** What is checked, e.g. 表三「自然人」列. */
  subject: string
  left?: number | null
  right?: number | null
  line: number | null
  /** This check's own formula, when it is not the rule's declared one. */
  formula?: string
}

/**
 * Report one problem: the message, where it is, a severity other than the default if the
 * declaration allows it, and the check that failed (the card shows it; without one, the message
 * is the subject).
 */
export type Emit = (message: string, place: Place, severity?: Severity, measure?: Measure) => void

/** Report a check that held, or one that could not be evaluated and why. */
export interface Verdicts {
  pass(measure: Measure): void
  unknown(measure: Measure, reason: string): void
}

/** A declared rule. */
export interface Rule {
  declaration: RuleDeclaration
  /**
   * Inspect `record`, emit each problem and say which checks passed or could not be evaluated;
   * `file` carries what the pipeline found in the text (`file.data`).
   */
  check(record: CheckedReport, emit: Emit, file: VFile, verdicts: Verdicts): void
}

/** Declare a rule. */
export function defineRule(declaration: RuleDeclaration, check: Rule['check']): Rule {
  return { declaration, check }
}

/** The quality check of a measure under a rule's declaration. */
export function qualityCheck(
  declaration: RuleDeclaration,
  status: QualityCheck['status'],
  measure: Measure,
  reason?: string,
): QualityCheck {
  const { subject, left, right, line } = measure
  const check: QualityCheck = {
    ruleId: declaration.id,
    subject,
    formula: measure.formula ?? declaration.formula ?? '',
    status,
  } as QualityCheck
  // Keys in the published order (line last); absent sides stay absent, not null, so records stay small.
  if (left !== undefined) check.left = left
  if (right !== undefined) check.right = right
  if (typeof left === 'number' && typeof right === 'number') check.difference = Number(Math.abs(left - right).toPrecision(12))
  if (reason !== undefined) check.reason = reason
  check.line = line
  return check
}

/** Run one rule on `record`, stamping what it emits with its id and severity and collecting its quality checks on `file.data.quality`. */
export function runRule(rule: Rule, record: CheckedReport, file: VFile): void {
  const { declaration } = rule
  const { id, severity, also = [] } = declaration
  const card = (file.data.quality ??= [])
  rule.check(
    record,
    (message, place, override, measure) => {
      if (override && override !== severity && !also.includes(override)) throw new Error(`rule ${id} does not declare severity ${override}`)
      stamp(file, id, override ?? severity, message, place)
      card.push(qualityCheck(declaration, 'fail', measure ?? { subject: message, line: place.line }, message))
    },
    file,
    {
      pass: (measure) => card.push(qualityCheck(declaration, 'pass', measure)),
      unknown: (measure, reason) => card.push(qualityCheck(declaration, 'unknown', measure, reason)),
    },
  )
}
