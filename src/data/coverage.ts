/**
 * The coverage matrices and summaries of this build, computed once and shared by the pages and
 * CSV files that show them (src/utils/coverage/). County matrices come where reports render
 * (whole site, shard); summaries where the national pages render (whole site, national build,
 * from light records). Both use this build's deadline rule.
 */
import { rendersNational } from '../utils/build-role.ts'
import { countyGroups, type CountyGroup } from '../utils/compare/compare-counties.ts'
import { countyMatrix, type CountyMatrix } from '../utils/coverage/county-matrix.ts'
import { coverageSummary, type CoverageScope, type ScopeTotals } from '../utils/coverage/coverage-summary.ts'
import { knownTownships } from '../utils/coverage/known-townships.ts'
import { buildPlaceTree } from '../utils/place/place-tree.ts'
import { deadlineRule } from '../utils/report/deadline.ts'
import { getReportPages, getReports } from './reports.ts'

/** A county's matrix with its place. */
export interface CountyCoverage {
  group: CountyGroup
  matrix: CountyMatrix
}

let matrices: Promise<CountyCoverage[]> | null = null
let summary: Promise<{ scopes: CoverageScope[]; counties: ScopeTotals[] }> | null = null

/** Every county matrix this build renders (none in the national build). */
export function getCountyCoverage(): Promise<CountyCoverage[]> {
  matrices ??= getReportPages().then((entries) =>
    countyGroups(buildPlaceTree(entries.map((e) => e.record))).map((group) => ({
      group,
      matrix: countyMatrix(group, knownTownships(group.key), deadlineRule),
    })),
  )
  return matrices
}

/** The summaries (nation first) and every county's totals; empty in a shard build. */
export function getCoverageSummary(): Promise<{ scopes: CoverageScope[]; counties: ScopeTotals[] }> {
  summary ??= (rendersNational() ? getReports() : Promise.resolve([])).then((entries) =>
    coverageSummary(buildPlaceTree(entries.map((e) => e.record)), knownTownships, deadlineRule),
  )
  return summary
}
