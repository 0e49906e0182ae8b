/**
 * A report's diagnostics for people: errors and warnings under 需要注意的问题, infos under 提示,
 * each ordered by source line (whole-report problems first) and linked to that line.
 */
import type { Diagnostic, ReportRecord, Severity } from '../../lib/types.ts'
import { severityWords } from '../../lib/index.ts'
import { sourceLineHere } from '../paths.ts'

/** One diagnostic as shown. */
export interface DiagnosticItem {
  ruleId: string
  severity: Severity
  /** 错误 / 警告 / 提示. */
  severityLabel: string
  message: string
  line: number | null
  href: string | null
}

/** A titled group of diagnostics. */
export interface DiagnosticGroup {
  key: 'attention' | 'hint'
  title: string
  items: DiagnosticItem[]
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Show one diagnostic. */
function itemOf(d: Diagnostic): DiagnosticItem {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    severityLabel: severityWords[d.severity],
    message: d.message,
    line: d.line,
    href: d.line ? sourceLineHere(d.line) : null,
  }
}

/** The non-empty groups of a record's diagnostics. */
export function diagnosticGroups(record: Pick<ReportRecord, 'id' | 'diagnostics'>): DiagnosticGroup[] {
  const sorted = [...record.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || rank[a.severity] - rank[b.severity])
  const groups: DiagnosticGroup[] = [
    { key: 'attention', title: '需要注意的问题', items: sorted.filter((d) => d.severity !== 'info').map(itemOf) },
    { key: 'hint', title: '提示', items: sorted.filter((d) => d.severity === 'info').map(itemOf) },
  ]
  return groups.filter((g) => g.items.length > 0)
}
