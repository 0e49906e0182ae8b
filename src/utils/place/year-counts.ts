/**
 * How many reports a place has per year, newest first, each with the year page: what a
 * province or prefecture page shows instead of listing its every report (which would grow
 * with the corpus).
 */
import type { ReportRecord } from '../../lib/types.ts'
import { yearPath } from '../paths.ts'

/** One year of a place. */
export interface YearCount {
  /** null: reports whose year was not recognised. */
  year: number | null
  reports: number
  /** The year page, or null for unrecognised years. */
  href: string | null
}

/** The reports of `records` counted by year, newest first (unknown years last). */
export function yearCounts(records: readonly Pick<ReportRecord, 'year'>[]): YearCount[] {
  const counts = new Map<number | null, number>()
  for (const r of records) counts.set(r.year, (counts.get(r.year) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => (b ?? -Infinity) - (a ?? -Infinity))
    .map(([year, reports]) => ({ year, reports, href: year === null ? null : yearPath(year) }))
}
