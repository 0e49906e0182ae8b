/**
 * The checks across years: each report is handed the record of the same organ's report of the
 * year before (same 12-digit place code, year − 1) from the collection, never by reading files,
 * and the rules across years (src/lib/rules/year-rules.ts) add what they find to its diagnostics
 * and quality card. Their earlier findings are replaced first, so a record kept from an earlier
 * run (the loader's cache) is checked again against this run's previous year: the caller learns
 * which records changed, to store them again.
 */
import { runYearRules } from '../rules/year-rule.ts'
import { yearRuleIds, yearRules } from '../rules/year-rules.ts'
import type { ReportRecord } from '../types.ts'

/** The key of a report among its organ's years; null when the place or the year is unknown. */
function keyOf(code: string | null, year: number | null): string | null {
  return code && year !== null ? `${code}\0${year}` : null
}

/** The JSON of a record's findings across years (to tell whether they changed). */
function yearFindings(record: ReportRecord): string {
  return JSON.stringify([
    record.diagnostics.filter((d) => yearRuleIds.has(d.ruleId)),
    record.quality.filter((c) => yearRuleIds.has(c.ruleId)),
  ])
}

/**
 * Check every record against its previous year's record among `records` (in place). Returns the
 * records whose findings across years differ from what they held before.
 */
export function previousYearChecks(records: readonly ReportRecord[]): Set<ReportRecord> {
  const byYear = new Map<string, ReportRecord>()
  for (const record of records) {
    const key = keyOf(record.organ.code, record.year)
    if (key && !byYear.has(key)) byYear.set(key, record)
  }
  const changed = new Set<ReportRecord>()
  for (const record of records) {
    const before = yearFindings(record)
    record.diagnostics = record.diagnostics.filter((d) => !yearRuleIds.has(d.ruleId))
    record.quality = record.quality.filter((c) => !yearRuleIds.has(c.ruleId))
    const key = record.year === null ? null : keyOf(record.organ.code, record.year - 1)
    const previous = key ? byYear.get(key) : undefined
    if (previous && previous !== record) {
      const found = runYearRules(yearRules, record, previous)
      record.diagnostics.push(...found.diagnostics)
      record.quality.push(...found.quality)
    }
    if (yearFindings(record) !== before) changed.add(record)
  }
  return changed
}
