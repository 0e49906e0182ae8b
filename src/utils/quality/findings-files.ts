/**
 * The findings files of this build's places (findings-file.ts has their shape): a file per
 * province and year with findings, each report of it with its place keys and failed checks.
 */
import type { QualityCheck } from '../../lib/types.ts'
import type { CountyGroup } from '../compare/compare-counties.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import { yearKey, type FileCheck, type FindingsFile } from './findings-file.ts'
import { reportFindings } from './report-findings.ts'

/** A failed check as a file tuple. */
const fileCheck = (c: QualityCheck): FileCheck => [
  c.ruleId,
  c.subject,
  c.left ?? null,
  c.right ?? null,
  c.difference ?? null,
  c.reason ?? null,
  c.line,
]

/** Every report of `groups` with its place keys, in tree order. */
function* placedReports(groups: readonly CountyGroup[]) {
  for (const group of groups) for (const t of group.townships) for (const record of t.reports) yield { group, township: t.name, record }
}

/** The findings files of `groups` (the places of this build), keyed `<province>/<year>`; only files with findings. */
export function findingsFiles(groups: readonly CountyGroup[], rule: DeadlineRule): Map<string, FindingsFile> {
  const files = new Map<string, FindingsFile>()
  for (const { group, township, record } of placedReports(groups)) {
    const findings = reportFindings(record, rule)
    if (!findings.length) continue
    const key = `${group.province.key}/${yearKey(record.year)}`
    let file = files.get(key)
    if (!file) files.set(key, (file = { k: group.province.key, n: group.province.name, y: yearKey(record.year), names: {}, r: [] }))
    const prefecture = group.prefecture?.key ?? ''
    if (group.prefecture) file.names[prefecture] = group.prefecture.name
    file.names[group.key] = group.name
    file.r.push([record.id, record.year, township, prefecture, group.key, findings.map(fileCheck)])
  }
  return files
}
