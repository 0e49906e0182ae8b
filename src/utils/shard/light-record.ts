/**
 * The part of a report record the national pages need (home, place index, years, feed): header
 * fields, place, year, the cells of the year tables' columns and of the rates the year pages
 * pool, each diagnostic's rule and severity, and the failed checks with a tally of the other
 * rules' results. A shard writes these for its reports; the
 * national build reads them instead of parsing any report, so its data stays small at 190,000
 * reports.
 */
import type { TableKey } from '../../lib/template/tables.ts'
import type { Cell, ReportRecord } from '../../lib/types.ts'
import { metrics } from '../metrics.ts'
import { talliedChecks } from '../quality/rule-statuses.ts'
import { rateDefinition, yearRateIds } from '../rates/rate-definitions.ts'
import { yearMetricKeys } from '../year/year-table.ts'

/** For each table, the `row\0column` pairs the year tables and the year pages' rates read. */
const kept = new Map<TableKey, Set<string>>()
const rateTerms = yearRateIds.map(rateDefinition).flatMap((d) => [...d.numerator, ...d.denominator])
for (const m of [...metrics.filter((m) => yearMetricKeys.includes(m.key)), ...rateTerms]) {
  const pairs = kept.get(m.table) ?? new Set<string>()
  pairs.add(`${m.row}\0${m.column}`)
  kept.set(m.table, pairs)
}

/** `table` with only the cells the year tables read. */
function keptCells<T extends { cells: Cell[] }>(key: TableKey, table: T | null): T | null {
  if (!table) return null
  const pairs = kept.get(key)
  return { ...table, cells: table.cells.filter((c) => pairs?.has(`${c.row}\0${c.column}`)) }
}

/** `record` with only what the national pages read (the same type, so the same page code runs on it). */
export function lightRecord(record: ReportRecord): ReportRecord {
  return {
    ...record,
    narrative: { intro: [], sections: [] },
    tables: {
      proactive: keptCells('proactive', record.tables.proactive),
      requests: keptCells('requests', record.tables.requests),
      appeals: keptCells('appeals', record.tables.appeals),
    },
    corrections: [],
    diagnostics: record.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: '', line: null, column: null })),
    // The failed checks (the formula is the rule's, in the catalog) and a tally of the other rules'
    // results: what the quality overview counts (src/utils/quality/rule-statuses.ts).
    quality: talliedChecks(record.quality),
  }
}
