/**
 * What the home page says about the collection: how many reports, townships, counties,
 * provinces and years it holds, and which reports came out last.
 */
import type { ReportRecord } from '../../lib/types.ts'
import { allPlaces, type PlaceTree } from './place-tree.ts'

/** The headline counts of the collection. */
export interface SiteCounts {
  reports: number
  townships: number
  counties: number
  provinces: number
  years: number
}

/** Count reports, places (from the tree) and distinct years. */
export function siteCounts(records: readonly ReportRecord[], tree: PlaceTree): SiteCounts {
  const places = allPlaces(tree)
  const count = (level: string): number => places.filter((p) => p.level === level).length
  return {
    reports: records.length,
    townships: count('township'),
    counties: count('county'),
    provinces: count('province'),
    years: new Set(records.flatMap((r) => (r.year === null ? [] : [r.year]))).size,
  }
}

/**
 * The newest reports: by report year, then by publication date (reports without one after
 * those with one), then by id; at most `limit`. The year leads because most reports carry
 * no recognisable date, and a report of year N is published early in year N+1.
 */
export function latestReports(records: readonly ReportRecord[], limit = 10): ReportRecord[] {
  return [...records]
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') || a.id.localeCompare(b.id))
    .slice(0, limit)
}
