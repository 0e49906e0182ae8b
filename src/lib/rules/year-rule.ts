/**
 * Rules across years: a check of a report against the same organ's report of the year before
 * (same place code, year − 1), which the collection step hands over (src/lib/collection/
 * previous-year.ts); no rule reads files. Declared like any rule (`rule.ts`); the runner stamps
 * what they report with their id and severity, into the record's diagnostics and quality card,
 * each problem pointing at the previous year's file as its `cause`.
 */
import type { Diagnostic, QualityCheck, ReportRecord, Severity } from '../types.ts'
import { qualityCheck, type Measure, type RuleDeclaration, type Verdicts } from './rule.ts'

/** Report one problem found against last year's report, with the check that failed. */
export type YearEmit = (message: string, line: number | null, measure: Measure, previousLine?: number | null) => void

/** A declared rule across years. */
export interface YearRule {
  declaration: RuleDeclaration
  /** Compare `record` with `previous` (the same organ, the year before). */
  check(record: ReportRecord, previous: ReportRecord, emit: YearEmit, verdicts: Verdicts): void
}

/** Declare a rule across years. */
export function defineYearRule(declaration: RuleDeclaration, check: YearRule['check']): YearRule {
  return { declaration, check }
}

/** What the rules across years found for one report: diagnostics and quality checks, in rule order. */
export interface YearFindings {
  diagnostics: Diagnostic[]
  quality: QualityCheck[]
}

/** Run `rules` on `record` against `previous`. */
export function runYearRules(rules: readonly YearRule[], record: ReportRecord, previous: ReportRecord): YearFindings {
  const found: YearFindings = { diagnostics: [], quality: [] }
  for (const { declaration, check } of rules) {
    const severity: Severity = declaration.severity
    check(
      record,
      previous,
      (message, line, measure, previousLine = null) => {
        found.diagnostics.push({
          ruleId: declaration.id,
          severity,
          message,
          line,
          column: line === null ? null : 1,
          cause: { path: previous.source.path, line: previousLine },
        })
        found.quality.push(qualityCheck(declaration, 'fail', measure, message))
      },
      {
        pass: (measure) => found.quality.push(qualityCheck(declaration, 'pass', measure)),
        unknown: (measure, reason) => found.quality.push(qualityCheck(declaration, 'unknown', measure, reason)),
      },
    )
  }
  return found
}
