/**
 * The quality overview of the whole site (the national pages: whole build, or the national build
 * from light records): for each check how many reports pass, fail or cannot be evaluated; the
 * reports with the most findings; counts by province; and the index of the findings files
 * (province × year, with counts per check) the findings page's script fetches from. Each report
 * costs its own checks; the result grows with provinces × years × checks, not with reports.
 */
import { UNKNOWN_COUNTY, type CountyGroup } from '../compare/compare-counties.ts'
import type { DeadlineRule } from '../report/deadline.ts'
import { yearKey } from './findings-file.ts'
import type { FindingsIndex, IndexProvince } from './findings-index.ts'
import type { QualityRule } from './quality-rules.ts'
import { reportFindings, reportRuleStatuses } from './report-findings.ts'

/** A check with its counts of reports. */
export interface CheckCount extends QualityRule {
  pass: number
  fail: number
  unknown: number
  /** Failed checks in all (a report may fail a rule more than once, e.g. in several columns). */
  findings: number
}

/** A report among those with the most findings. */
export interface TopReport {
  id: string
  place: string
  year: number | null
  findings: number
  /** Titles of the checks it fails, in rule order. */
  rules: string[]
}

/** A province's counts. */
export interface ProvinceCount {
  key: string
  name: string
  reports: number
  /** Reports with at least one finding. */
  withFindings: number
  findings: number
}

/** The whole overview. */
export interface QualityOverview {
  reports: number
  withFindings: number
  findings: number
  checks: CheckCount[]
  top: TopReport[]
  provinces: ProvinceCount[]
  index: FindingsIndex
}

/** The overview of `groups` (every place of the site) under `deadline`; `topCount` reports listed. */
export function qualityOverview(
  groups: readonly CountyGroup[],
  rules: readonly QualityRule[],
  deadline: DeadlineRule,
  topCount = 20,
): QualityOverview {
  const checks = new Map(rules.map((r) => [r.id, { ...r, pass: 0, fail: 0, unknown: 0, findings: 0 }]))
  const titles = new Map(rules.map((r) => [r.id, r.title]))
  const provinces = new Map<string, ProvinceCount>()
  const indexed = new Map<string, IndexProvince>()
  const top: TopReport[] = []
  const overview = { reports: 0, withFindings: 0, findings: 0 }
  for (const group of groups) {
    const province = provinces.get(group.province.key) ?? {
      key: group.province.key,
      name: group.province.name,
      reports: 0,
      withFindings: 0,
      findings: 0,
    }
    provinces.set(province.key, province)
    const entry = indexEntry(indexed, group)
    for (const township of group.townships) {
      for (const record of township.reports) {
        const year = (entry.y[yearKey(record.year)] ??= { r: 0, f: {} })
        for (const [ruleId, status] of reportRuleStatuses(record, deadline)) {
          const count = checks.get(ruleId)
          if (count) count[status]++
        }
        const findings = reportFindings(record, deadline)
        for (const f of findings) {
          const count = checks.get(f.ruleId)
          if (count) count.findings++
          year.f[f.ruleId] = (year.f[f.ruleId] ?? 0) + 1
        }
        year.r++
        province.reports++
        overview.reports++
        if (!findings.length) continue
        province.withFindings++
        province.findings += findings.length
        overview.withFindings++
        overview.findings += findings.length
        const place = [group.province.name, group.name === UNKNOWN_COUNTY ? '' : group.name, township.name].join('')
        const ruleIds = [...new Set(findings.map((f) => f.ruleId))]
        keepTop(
          top,
          { id: record.id, place, year: record.year, findings: findings.length, rules: ruleIds.map((id) => titles.get(id) ?? id) },
          topCount,
        )
      }
    }
  }
  return {
    ...overview,
    checks: [...checks.values()],
    top,
    provinces: [...provinces.values()],
    index: { rules: rules.map(({ id, title }) => ({ id, title })), provinces: [...indexed.values()] },
  }
}

/** Most findings first, then by report id. */
const byFindings = (a: TopReport, b: TopReport): number => b.findings - a.findings || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Insert `report` into `top` (sorted) and keep at most `count`. */
function keepTop(top: TopReport[], report: TopReport, count: number): void {
  if (top.length === count && byFindings(report, top[count - 1]!) >= 0) return
  const at = top.findIndex((t) => byFindings(report, t) < 0)
  top.splice(at === -1 ? top.length : at, 0, report)
  if (top.length > count) top.pop()
}

/** The index entry of `group`'s province, with the group's prefecture and county added (once per group). */
function indexEntry(indexed: Map<string, IndexProvince>, group: CountyGroup): IndexProvince {
  let province = indexed.get(group.province.key)
  if (!province) indexed.set(group.province.key, (province = { k: group.province.key, n: group.province.name, p: [], y: {} }))
  const key = group.prefecture?.key ?? ''
  let prefecture = province.p.find((p) => p.k === key)
  if (!prefecture) province.p.push((prefecture = { k: key, n: group.prefecture?.name ?? '', c: [] }))
  prefecture.c.push([group.key, group.name])
  return province
}
