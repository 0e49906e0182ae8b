/**
 * Diagnostics the unified way: vfile messages with a place and a rule id.
 * Severity maps onto vfile's `fatal`: true → error, false → warning, undefined → info.
 */
import type { VFile } from 'vfile'
import type { Diagnostic, Severity } from '../types.ts'
import type { ReadRuleId, SeverityOf } from './catalog.ts'

/** Where a diagnostic points: a 1-based line and optional column. */
export interface Place {
  line: number | null
  column?: number | null
}

/** At most this many diagnostics of one rule are kept per file; the rest are counted. */
export const perRuleLimit = 100

const suppressed = new WeakMap<VFile, Map<string, { kept: number; dropped: number; severity: Severity }>>()

/** Record a declared diagnostic (src/lib/diagnostics/catalog.ts) on `file`; never throws. */
export function report<Id extends ReadRuleId>(file: VFile, ruleId: Id, severity: SeverityOf<Id>, message: string, place?: Place): void {
  stamp(file, ruleId, severity, message, place)
}

/**
 * Record a diagnostic whose id and severity were checked elsewhere (a rule's declaration, a
 * place or front-matter finding); never throws. Past `perRuleLimit` of one rule, only counts.
 */
export function stamp(file: VFile, ruleId: string, severity: Severity, message: string, place?: Place): void {
  let counts = suppressed.get(file)
  if (!counts) suppressed.set(file, (counts = new Map()))
  const count = counts.get(ruleId) ?? { kept: 0, dropped: 0, severity }
  counts.set(ruleId, count)
  if (count.kept >= perRuleLimit) {
    count.dropped++
    return
  }
  count.kept++
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
  for (const [ruleId, count] of suppressed.get(file) ?? []) {
    if (count.dropped)
      list.push({
        ruleId,
        severity: count.severity,
        message: `另有 ${count.dropped} 条同类问题（${ruleId}）未逐条列出`,
        line: null,
        column: null,
      })
  }
  return list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
