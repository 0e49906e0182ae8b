/** Counts of matrix cells by status, added up from counties to the whole site. */
import { coverageStatuses, type CoverageStatus } from './report-status.ts'

/** How many cells (reports, or missing township-years) have each status. */
export type StatusCounts = Record<CoverageStatus, number>

/** All zeros. */
export const noCounts = (): StatusCounts => ({ 'on-time': 0, late: 0, unknown: 0, unreadable: 0, missing: 0 })

/** Add `more` into `into` (returns `into`). */
export function addCounts(into: StatusCounts, more: StatusCounts): StatusCounts {
  for (const s of coverageStatuses) into[s] += more[s]
  return into
}

/** The reports counted (every status but missing). */
export const reportsCounted = (counts: StatusCounts): number => counts['on-time'] + counts.late + counts.unknown + counts.unreadable
