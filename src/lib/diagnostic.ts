/**
 * Diagnostics the unified way: vfile messages with a place and a rule id.
 * Severity maps onto vfile's `fatal`: true → error, false → warning, undefined → info.
 */
import type { VFile } from 'vfile'
import type { Diagnostic, Severity } from './types.ts'

/** Where a diagnostic points: a 1-based line and optional column. */
export interface Place {
  line: number | null
  column?: number | null
}

/** Record a diagnostic on `file`; never throws. */
export function report(file: VFile, ruleId: string, severity: Severity, message: string, place?: Place): void {
  const point = place && place.line ? { line: place.line, column: place.column ?? 1 } : undefined
  const m = file.message(message, { place: point, ruleId, source: 'report' })
  m.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** Read the diagnostics recorded on `file`, sorted by line then column. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  const list = file.messages.map((m) => ({
    ruleId: m.ruleId ?? 'unknown',
    severity: (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info') as Severity,
    message: m.reason,
    line: m.line ?? null,
    column: m.line ? (m.column ?? 1) : null,
  }))
  return list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
