/**
 * The quality overview of this build and its findings files, computed once and shared by the
 * pages and data files that show them (src/utils/quality/). The findings files come where the
 * reports render (whole site, shard: full records); the overview and the files' index where the
 * national pages render (whole site, national build: light records). Both under this build's
 * deadline rule.
 */
import { rendersNational } from '../utils/build-role.ts'
import { countyGroups } from '../utils/compare/compare-counties.ts'
import { buildPlaceTree } from '../utils/place/place-tree.ts'
import type { FindingsFile } from '../utils/quality/findings-file.ts'
import { findingsFiles } from '../utils/quality/findings-files.ts'
import { qualityOverview, type QualityOverview } from '../utils/quality/quality-overview.ts'
import { qualityRules } from '../utils/quality/quality-rules.ts'
import { deadlineRule } from '../utils/report/deadline.ts'
import { getReportPages, getReports } from './reports.ts'

let files: Promise<FindingsFile[]> | null = null
let overview: Promise<QualityOverview> | null = null

/** Every findings file this build publishes (none in the national build). */
export function getFindingsFiles(): Promise<FindingsFile[]> {
  files ??= getReportPages().then((entries) => [
    ...findingsFiles(countyGroups(buildPlaceTree(entries.map((e) => e.record))), deadlineRule).values(),
  ])
  return files
}

/** The overview of every report of the site (empty in a shard build, whose overview the national build makes). */
export function getQualityOverview(): Promise<QualityOverview> {
  overview ??= (rendersNational() ? getReports() : Promise.resolve([])).then((entries) =>
    qualityOverview(countyGroups(buildPlaceTree(entries.map((e) => e.record))), qualityRules(deadlineRule), deadlineRule),
  )
  return overview
}
