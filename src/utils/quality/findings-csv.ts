/**
 * Findings as CSV (UTF-8 with BOM, CRLF, as the site's other CSV files): one row per finding.
 * The same function writes the per-province files the site publishes and the filtered view the
 * overview page's script offers for download, so both have the same columns.
 */
import { csvLine } from '../data/cells-csv.ts'
import { reportPath } from '../paths.ts'
import type { Finding } from './findings-file.ts'

/** The CSV header, in order. */
export const findingColumns = [
  'report_id',
  'year',
  'province',
  'prefecture',
  'county',
  'township',
  'rule_id',
  'rule',
  'subject',
  'left',
  'right',
  'difference',
  'reason',
  'source_line',
  'report_page',
] as const

/** The CSV document of `findings`; `titles` names each rule for people. */
export function findingsCsv(findings: readonly Finding[], titles: Readonly<Record<string, string>>): string {
  const rows = findings.map((f) =>
    csvLine([
      f.reportId,
      f.year,
      f.province,
      f.prefecture,
      f.county,
      f.township,
      f.ruleId,
      titles[f.ruleId] ?? f.ruleId,
      f.subject,
      f.left,
      f.right,
      f.difference,
      f.reason,
      f.line,
      reportPath(f.reportId),
    ]),
  )
  return '\ufeff' + [csvLine(findingColumns), ...rows].join('\r\n') + '\r\n'
}
